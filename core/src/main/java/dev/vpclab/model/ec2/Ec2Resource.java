package dev.vpclab.model.ec2;

import dev.vpclab.model.Regional;

/** An EC2 resource: regional, and stored under the ID EC2 gave it ({@code vpc-…}, {@code i-…}). */
public interface Ec2Resource extends Regional {
  String id();

  @Override
  default String key() {
    return id();
  }
}
