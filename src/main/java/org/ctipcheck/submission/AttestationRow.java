package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One supplier, subcontractor or labor recruiter from a supply-chain attestation file, with what the
 * reference lists say about it. {@code line} is the physical line in the file where the row starts. Blank
 * cells are null: the rules treat "not attested" differently from "attested false".
 */
public record AttestationRow(
        long line,
        String supplierId,
        String supplierName,
        List<String> aliases,
        SupplierRole role,
        Integer tier,
        String parentId,
        String country,
        List<String> goods,
        String hsCode,
        List<String> recruitmentCountries,
        Integer migrantWorkers,
        Boolean recruitmentFeesCharged,
        Boolean idDocumentsHeld,
        Boolean wagesWithheld,
        Boolean movementRestricted,
        Integer weeklyHours,
        Boolean housingProvided,
        Boolean writtenContractInLanguage,
        String auditType,
        LocalDate auditDate,
        String auditResult,
        Boolean clauseFlowedDown,
        Boolean samScreened,
        Boolean eo13126Certified,
        LocalDate preAwardCertDate,
        LocalDate annualCertDate,
        DueDiligenceOption dueDiligenceOption,
        String remediationRecord,
        Boolean xuarInputs,
        BigDecimal coveredValue,
        Boolean endProduct,
        RowScreening screening) {

    /** Audit types that are the supplier's own word rather than an independent check. */
    private static final List<String> SELF_ASSESSMENTS = List.of("SELF", "SELF_ASSESSMENT", "SAQ");

    /** The same row with what the reference lists say about it. */
    public AttestationRow withScreening(RowScreening lists) {
        return new AttestationRow(line, supplierId, supplierName, aliases, role, tier, parentId, country, goods, hsCode,
                recruitmentCountries, migrantWorkers, recruitmentFeesCharged, idDocumentsHeld, wagesWithheld,
                movementRestricted, weeklyHours, housingProvided, writtenContractInLanguage, auditType, auditDate,
                auditResult, clauseFlowedDown, samScreened, eo13126Certified, preAwardCertDate, annualCertDate,
                dueDiligenceOption, remediationRecord, xuarInputs, coveredValue, endProduct, lists);
    }

    /**
     * The subcontract's covered portion (supplies other than COTS items acquired outside the United States, or
     * services performed outside it: FAR 52.222-50(i)(1)(i)) exceeds {@code threshold}, so the subcontractor must
     * certify before award and annually ((i)(1)(ii), (i)(2)). False when the value or the threshold is not known.
     */
    public boolean coveredValueAbove(BigDecimal threshold) {
        return coveredSubcontract() && coveredValue != null && threshold != null && coveredValue.compareTo(threshold) > 0;
    }

    /** A covered subcontract whose covered value, or the clause's threshold, is not known. */
    public boolean coveredValueUnknown(BigDecimal threshold) {
        return coveredSubcontract() && (coveredValue == null || threshold == null);
    }

    /** No pre-award certification, or the latest is more than a year old on {@code today}. */
    public boolean certificationGap(java.time.LocalDate today) {
        return preAwardCertDate == null || annualLapsed(today);
    }

    public boolean hasMigrantWorkers() {
        return migrantWorkers != null && migrantWorkers > 0;
    }

    /** A recruiter, or a party employing migrant workers: the countries of recruitment must be attested. */
    public boolean recruits() {
        return (role != null && role.recruiter()) || hasMigrantWorkers();
    }

    public boolean coveredSubcontract() {
        return role == SupplierRole.SUBCONTRACTOR || role == SupplierRole.LABOR_RECRUITER;
    }

    public String identityGaps() {
        StringBuilder gaps = new StringBuilder();
        if (supplierName == null) {
            gaps.append("supplier name, ");
        }
        if (tier == null) {
            gaps.append("tier, ");
        }
        if (tier != null && tier > 1 && parentId == null) {
            gaps.append("parent id, ");
        }
        if (country == null) {
            gaps.append("country of operation, ");
        }
        if (recruits() && recruitmentCountries.isEmpty()) {
            gaps.append("countries of worker recruitment, ");
        }
        return gaps.length() == 0 ? "" : gaps.substring(0, gaps.length() - 2);
    }

    /** The same test as {@link #identityGaps()} is non-empty, without building the text for every row. */
    public boolean identityIncomplete() {
        return supplierName == null || tier == null || (tier > 1 && parentId == null) || country == null
                || (recruits() && recruitmentCountries.isEmpty());
    }

    public boolean audited() {
        return auditDate != null && auditType != null;
    }

    /**
     * An audit exists but is a self-assessment, failed, or dated more than {@code maxAgeMonths} months before
     * {@code today} (the rule pack's {@code auditMaxAgeMonths}).
     */
    public boolean auditThin(LocalDate today, int maxAgeMonths) {
        return audited() && (selfAssessment() || "FAIL".equalsIgnoreCase(auditResult)
                || auditDate.isBefore(today.minusMonths(maxAgeMonths)));
    }

    /**
     * {@link #auditThin(LocalDate, int)} with the 24 months rule packs used before they carried
     * {@code parameters.yaml}: kept so that rules archived in the audit log by an earlier version still compile.
     */
    @Deprecated
    public boolean auditThin(LocalDate today) {
        return auditThin(today, 24);
    }

    /** The audit type names a self-assessment, in any case (without upper-casing the text on every row). */
    private boolean selfAssessment() {
        for (int i = 0; i < auditType.length(); i++) {
            if (auditType.charAt(i) > 127) {
                return SELF_ASSESSMENTS.contains(auditType.toUpperCase(java.util.Locale.ROOT));
            }
        }
        for (String self : SELF_ASSESSMENTS) {
            if (self.equalsIgnoreCase(auditType)) {
                return true;
            }
        }
        return false;
    }

    /** The latest annual certification is more than a year old on {@code today}, or missing a year after pre-award. */
    public boolean annualLapsed(LocalDate today) {
        LocalDate latest = annualCertDate != null ? annualCertDate : preAwardCertDate;
        return latest != null && latest.isBefore(today.minusYears(1));
    }

    /** More weekly hours attested than {@code limit} (the rule pack's {@code excessiveWeeklyHours}). */
    public boolean excessiveHours(int limit) {
        return weeklyHours != null && weeklyHours > limit;
    }

    /**
     * {@link #excessiveHours(int)} with the 60 hours rule packs used before they carried {@code parameters.yaml}:
     * kept so that rules archived in the audit log by an earlier version still compile.
     */
    @Deprecated
    public boolean excessiveHours() {
        return excessiveHours(60);
    }

    public boolean remediationMissing() {
        return dueDiligenceOption == DueDiligenceOption.ABUSES_FOUND_AND_REMEDIATED
                && (remediationRecord == null || remediationRecord.isBlank());
    }

    public boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
