package dev.vpclab.model;

/** A resource that lives in one region: every EC2 resource and every S3 bucket. */
public interface Regional extends Resource {
  String region();
}
