package se.koordinera.region;

/** Vårdenhet: a care unit of a region (care provider). */
public record CareUnit(String id, String regionId, String name, String address, String phone) {
}
