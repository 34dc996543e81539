package org.ctipcheck.audit;

import java.nio.file.Path;

/**
 * Runs in a child process for {@link CrashAndConcurrencyTest}: {@code batch DIR URL} appends records to one
 * uncommitted batch forever, saying "appending" once rows have been sent; {@code commit DIR URL} commits one
 * record, says "committed" and then waits to be killed.
 */
public final class ChildWriter {
    private ChildWriter() {
    }

    public static void main(String[] args) throws Exception {
        AuditLocation location = new AuditLocation(Path.of(args[1]), args[2]);
        try (AuditStore store = AuditStore.open(location); AuditWriter writer = store.writer()) {
            if (args[0].equals("commit")) {
                writer.append(writer.next(), Entries.sample(0));
                writer.commit();
                System.out.println("committed");
                System.out.flush();
                new java.util.concurrent.CountDownLatch(1).await();
            }
            for (int i = 0; ; i++) {
                writer.append(writer.next(), Entries.sample(i));
                if (i % 50 == 49) {
                    writer.flush();
                }
                if (i == 200) {
                    System.out.println("appending");
                    System.out.flush();
                }
            }
        }
    }
}
