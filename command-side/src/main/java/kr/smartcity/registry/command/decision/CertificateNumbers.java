package kr.smartcity.registry.command.decision;

import kr.smartcity.registry.command.api.ServiceField;

/**
 * Hands out certificate numbers inside the deciding command's unit of work, so a number is taken if and only if the
 * decision commits. Resolved as a handler parameter (a bean in the application, an injectable resource in tests).
 */
public interface CertificateNumbers {

    String allocate(int awardYear, ServiceField field) throws Exception;
}
