package org.ctipcheck.supplychain;

/** Told how far the screen has got: rows so far and bytes of the file read out of its size. */
public interface Progress {
    Progress NONE = (rows, bytesRead, totalBytes) -> {
    };

    void update(long rows, long bytesRead, long totalBytes);

    default void done(long rows) {
    }
}
