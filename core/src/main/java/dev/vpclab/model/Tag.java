package dev.vpclab.model;

/** One EC2 tag. */
public record Tag(String key, String value) {}
