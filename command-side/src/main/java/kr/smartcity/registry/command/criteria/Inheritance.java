package kr.smartcity.registry.command.criteria;

import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * A derived indicator's source: numerator/denominator of the mean composition (구성 및 기능) score of the
 * constituent services one level down, e.g. 2.2.1.1 = 1/2 of the mean L1 score (단위 서비스 평가점수의 5할).
 */
public record Inheritance(ServiceLevel fromLevel, int numerator, int denominator) {

    public Inheritance {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("share must be a fraction between 0 and 1: " + numerator + "/" + denominator);
        }
    }
}
