#!/bin/sh
# The installed app's launcher on Linux (docs/decisions/0019): starts the app's own Java runtime with the class
# path and options jpackage wrote into lib/app/report-drafter.cfg, which stays the one place they are listed.
# It takes the place of jpackage's own launcher, which asks rpm and dpkg at every start which package it came
# from: `dpkg -S` reads the whole package database, a third of a second and more before any of the app runs.
set -f
# where this file really is (a link to it may have been started); readlink may be off the PATH
self=$(readlink -f "$0" 2>/dev/null || /usr/bin/readlink -f "$0" 2>/dev/null) || self=$0
root=${self%/bin/*}
app=$root/lib/app
java=$root/lib/runtime/bin/java
cfg=$app/report-drafter.cfg
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
    echo "report-drafter: $root is incomplete (no $cfg or $java); please reinstall the app" >&2
    exit 1
fi
nl='
'
classpath=
main=
options=
while IFS= read -r line || [ -n "$line" ]; do
    value=${line#*=}
    case $value in
        *'$APPDIR'*) value=${value%%'$APPDIR'*}$app${value#*'$APPDIR'} ;;
    esac
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
        app.mainclass=*) main=$value ;;
        java-options=*) options=$options$nl$value ;;
    esac
done < "$cfg"
# one option per line of the cfg, spaces in the install folder's name included
IFS=$nl
exec "$java" -Djpackage.app-path="$self" $options -cp "$classpath" "$main" "$@"
