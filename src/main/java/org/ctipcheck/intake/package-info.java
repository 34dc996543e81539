/**
 * Reads a submission (JSON or YAML) into validated DTOs, maps them to immutable facts, and hashes the
 * canonical form (RFC 8785). Every problem names the file, the JSON Pointer and what is wrong.
 */
package org.ctipcheck.intake;
