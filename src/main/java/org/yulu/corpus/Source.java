package org.yulu.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** One imported document. Its id is a slug of the file name, so links to it survive a re-import. */
@Entity
public class Source {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String fileName;

    @Column(nullable = false)
    private String title;

    private String author;

    /** ISO-8601 date or date-time as printed in the document, e.g. 2025-02-09T16:30:20. */
    private String publishedAt;

    @Column(nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private Instant importedAt;

    /** The web address the document names as its origin (its 来源 header), if any. */
    private String originUrl;

    protected Source() {
    }

    public Source(String id, String fileName, String title, String author, String publishedAt, String contentHash,
            Instant importedAt) {
        this.id = id;
        this.fileName = fileName;
        this.title = title;
        this.author = author;
        this.publishedAt = publishedAt;
        this.contentHash = contentHash;
        this.importedAt = importedAt;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    /** The day of {@link #getPublishedAt()} alone (2025-02-09), or null when the document gives no date. */
    public String getPublishedDay() {
        return publishedAt == null || publishedAt.isBlank() ? null : publishedAt.split("T", 2)[0];
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getOriginUrl() {
        return originUrl;
    }

    public String getUrl() {
        return "/sources/" + id;
    }
}
