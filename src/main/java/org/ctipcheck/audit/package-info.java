/**
 * The rule-hit audit log: a durable, append-only, hash-chained record of every evaluation, with signed
 * checkpoints, queries for auditors and replay. JDBC, Flyway, H2 and PostgreSQL types stay in this package.
 */
package org.ctipcheck.audit;
