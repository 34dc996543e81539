package org.ctipcheck.supplychain;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Streams the records of an attestation file one at a time; never holds the whole file. */
public interface RecordReader extends Closeable {
    /** The column names, in the order cells come in, or an empty list for an empty file. */
    List<String> header();

    /** The next record, or null at the end of the file. */
    RawRecord next() throws IOException;
}
