package dev.ecrgen.codegen.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says what went wrong with a file in words, where the JDK's exceptions often give only the path. */
public final class IoProblems {
    private IoProblems() {}

    /**
     * The path and the reason, e.g. {@code /etc/passwd: exists and is not a directory}.
     *
     * @param e the failure
     * @return one line for the user
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException failed && failed.getFile() != null) {
            String path = failed.getOtherFile() == null ? failed.getFile()
                    : failed.getFile() + " -> " + failed.getOtherFile();
            return path + ": " + reason(failed);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null && !e.getReason().isBlank()) {
            return e.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "exists and is not a directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        return e.getClass().getSimpleName();
    }
}
