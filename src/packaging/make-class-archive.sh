#!/bin/sh
# Makes the installed app's class-data archive (docs/decisions/0018): the JDK, JavaFX and the app's own
# classes, mapped ready-made at every start instead of read and verified one by one. The .deb's postinst runs
# it once the files are in place; it can be run again at any time (as root for a system install).
#
# An archive of classes from the class path names the jars' full paths, so it can only be made where the app
# is installed. It replaces the runtime's default archive (JDK and JavaFX only, made when the package was
# built), which stays as it was if anything here fails; the app starts either way.
set -e
app_dir=$(cd "$(dirname "$0")" && pwd -P)          # …/lib/app
root=$(dirname "$(dirname "$app_dir")")             # the install folder
launcher="$root/bin/report-drafter"
archive="$root/lib/runtime/lib/server/classes.jsa"
list="$app_dir/cds-classes.txt"
case "$root" in
    *" "*) echo "make-class-archive: the install folder has a space in its name; keeping the default archive" >&2; exit 1 ;;
esac
[ -x "$launcher" ] && [ -f "$archive" ] && [ -f "$list" ] || { echo "make-class-archive: not an installed Report Drafter: $root" >&2; exit 1; }
rm -f "$archive.new"
# The launcher itself dumps, so the class path in the archive is the one it starts the app with. A JDK 17
# runtime stops once the archive is written; a JDK 25 one goes on into main with its class path spent and
# fails there (given --help, so it would never open a window). So the exit code says nothing: the archive
# counts if the launcher starts with it and -Xshare:on, which refuses to start on an archive it cannot use.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$archive.new" "$launcher" --help >/dev/null 2>&1 || true
if [ -s "$archive.new" ] \
        && JAVA_TOOL_OPTIONS="-Xshare:on -XX:SharedArchiveFile=$archive.new" "$launcher" --help >/dev/null 2>&1; then
    mv -f "$archive.new" "$archive"
else
    rm -f "$archive.new"
    echo "make-class-archive: could not make the archive; the app starts without it, a little slower" >&2
    exit 1
fi
