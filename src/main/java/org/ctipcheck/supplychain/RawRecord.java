package org.ctipcheck.supplychain;

/**
 * One record as read from an attestation file, before mapping: its starting line, its cells (in header
 * order), or, when the record could not be read, why not.
 */
public record RawRecord(long line, String[] cells, String error) {

    static RawRecord ok(long line, String[] cells) {
        return new RawRecord(line, cells, null);
    }

    static RawRecord bad(long line, String error) {
        return new RawRecord(line, null, error);
    }

    public boolean readable() {
        return error == null;
    }
}
