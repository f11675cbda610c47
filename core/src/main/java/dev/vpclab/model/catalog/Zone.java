package dev.vpclab.model.catalog;

/** An Availability Zone: its name ({@code us-east-2a}) and zone ID ({@code use2-az1}). */
public record Zone(String name, String zoneId, String region) {}
