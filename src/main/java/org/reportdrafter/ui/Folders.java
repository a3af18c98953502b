package org.reportdrafter.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the file choosers open: the folder last used for the same kind of work (reading documents in,
 * writing Word files out, backups), else the user's documents folder, never the folder the app was started
 * from. Remembered per user, as the pane sizes are.
 */
final class Folders {
    /** Old reports and sample files read in. */
    static final String DOCUMENTS = "documents";
    /** Word and .json files written out. */
    static final String EXPORTS = "exports";
    static final String BACKUPS = "backups";

    private Folders() {
    }

    private static Preferences prefs() {
        return PaneSizes.userNode("org/reportdrafter/ui/folders");
    }

    /** The folder a chooser for this kind of work opens in. */
    static File initial(String kind) {
        String last = prefs().get(kind, null);
        if (last != null && new File(last).isDirectory()) {
            return new File(last);
        }
        return documentsFolder(Path.of(System.getProperty("user.home"))).toFile();
    }

    /** The user's documents folder under home: Documents, or 文档 on a Chinese Linux desktop; else home. */
    static Path documentsFolder(Path home) {
        for (String name : List.of("Documents", "文档", "My Documents")) {
            Path p = home.resolve(name);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return home;
    }

    static void remember(String kind, File chosen) {
        File dir = chosen.isDirectory() ? chosen : chosen.getParentFile();
        if (dir != null) {
            prefs().put(kind, dir.getAbsolutePath());
        }
    }

    static File showSave(String kind, FileChooser fc, Window owner) {
        fc.setInitialDirectory(initial(kind));
        return remembered(kind, fc.showSaveDialog(owner));
    }

    static File showOpen(String kind, FileChooser fc, Window owner) {
        fc.setInitialDirectory(initial(kind));
        return remembered(kind, fc.showOpenDialog(owner));
    }

    private static File remembered(String kind, File chosen) {
        if (chosen != null) {
            remember(kind, chosen);
        }
        return chosen;
    }

    static List<File> showOpenMultiple(String kind, FileChooser fc, Window owner) {
        fc.setInitialDirectory(initial(kind));
        List<File> files = fc.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            remember(kind, files.get(0));
        }
        return files;
    }
}
