package se.koordinera.patient;

/**
 * Legal gender (kön) as encoded in a personnummer: the second-to-last digit is odd for men
 * and even for women.
 */
public enum Gender {
    F,
    M
}
