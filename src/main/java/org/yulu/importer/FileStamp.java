package org.yulu.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Size and modification time of a seed file, and its hash once read: unchanged files are not read again. */
record FileStamp(long size, long modified, String hash) {

    static FileStamp of(Path file) throws IOException {
        return new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis(), null);
    }

    boolean sameFileAs(FileStamp other) {
        return other != null && other.size == size && other.modified == modified;
    }

    FileStamp withHash(String hash) {
        return new FileStamp(size, modified, hash);
    }
}
