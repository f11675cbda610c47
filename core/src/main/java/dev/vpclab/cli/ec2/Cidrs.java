package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.net.Cidr;

/** IPv4 CIDR parameters as EC2 checks them. */
final class Cidrs {
  private Cidrs() {}

  /**
   * A CIDR block parameter, host bits cleared as AWS stores it; malformed text gets EC2's message
   * (real create-vpc and create-route errors: "Value (::/0) for parameter destinationCidrBlock is
   * invalid. This is not a valid CIDR block.").
   */
  static Cidr parse(String text, String parameter) {
    return Cidr.parse(text)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "InvalidParameterValue",
                    "Value ("
                        + text
                        + ") for parameter "
                        + parameter
                        + " is invalid. This is not a valid CIDR block."));
  }
}
