package org.yulu.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the index lives and the writer and searchers over it: a folder, or memory when the folder cannot hold an
 * index (not writable, or locked by another process), since the index can always be rebuilt from the corpus.
 * Files that cannot be read as an index are removed: they are derived data.
 */
record IndexStorage(Directory directory, IndexWriter writer, SearcherManager searchers, String location)
        implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(IndexStorage.class);
    private static final String MEMORY = "memory";

    static IndexStorage open(Path folder) {
        try {
            Files.createDirectories(folder);
            return over(FSDirectory.open(folder), folder.toString());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Search index folder {} cannot be used ({}); keeping the index in memory", folder, e.toString());
            return inMemory();
        }
    }

    static IndexStorage inMemory() {
        try {
            return over(new ByteBuffersDirectory(), MEMORY);
        } catch (IOException e) {
            throw new UncheckedIOException("An index in memory cannot fail to open", e);
        }
    }

    private static IndexStorage over(Directory directory, String location) throws IOException {
        try {
            // the index already there is kept until it has been compared with the corpus
            IndexWriter opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            try {
                return new IndexStorage(directory, opened, new SearcherManager(opened, null), location);
            } catch (IOException | RuntimeException e) {
                opened.rollback();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index in {} cannot be read ({}); it is removed and will be built anew", location,
                    e.toString());
            // even a new index fails to open over damaged files
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
            IndexWriter created = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            return new IndexStorage(directory, created, new SearcherManager(created, null), location);
        }
    }

    /** Only a finished rebuild commits: closing must not commit what a failed one left, which a later run would keep. */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(SearchFields.grams()).setCodec(new YuluCodec()).setOpenMode(mode)
                .setRAMBufferSizeMB(64).setCommitOnClose(false);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
