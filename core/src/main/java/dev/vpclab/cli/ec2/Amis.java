package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.model.catalog.Images;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * describe-images over the AMI catalogue (Amazon Linux 2 and 2023 in every region), and the AMI
 * lookup RunInstances shares: by ID, or by public SSM parameter ({@code
 * resolve:ssm:/aws/service/…}).
 */
public final class Amis implements Handlers.Group {
  /** describe-images prints CreationDate and DeprecationTime as plain strings in this form. */
  private static final DateTimeFormatter AMI_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final String RESOLVE_SSM = "resolve:ssm:";

  static final Filters<Image> FILTERS =
      Filters.<Image>of(Image::id)
          .one("image-id", Image::id)
          .one("name", Image::name)
          .one("description", Image::description)
          .one("architecture", Image::architecture)
          .one("owner-alias", i -> "amazon")
          .one("owner-id", i -> Image.AMAZON_OWNER_ID)
          .one("state", i -> "available")
          .one("image-type", i -> "machine")
          .one("is-public", i -> true)
          .one("root-device-type", i -> "ebs")
          .one("root-device-name", i -> Image.ROOT_DEVICE)
          .one("virtualization-type", i -> "hvm")
          .one("hypervisor", i -> "xen")
          .one("ena-support", i -> true)
          .one("platform-details", i -> "Linux/UNIX")
          .one("usage-operation", i -> "RunInstances")
          .one("block-device-mapping.volume-type", Image::rootVolumeType)
          .one("block-device-mapping.snapshot-id", Image::snapshotId)
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeImages", this::describe);
  }

  /**
   * The image RunInstances launches: an ID of the region's catalogue, or {@code
   * resolve:ssm:PARAMETER} naming one of the public Amazon Linux parameters.
   */
  static Image resolve(String imageId, String region) {
    if (imageId.startsWith(RESOLVE_SSM)) {
      String parameter = imageId.substring(RESOLVE_SSM.length());
      return Images.catalog()
          .bySsmParameter(region, parameter)
          .orElseThrow(
              () ->
                  new ServiceFault(
                      "InvalidParameterValue",
                      "Invalid value '"
                          + imageId
                          + "' for ImageId. The SSM parameter "
                          + parameter
                          + " does not exist"));
    }
    return byId(imageId, region);
  }

  /** Real messages: {@code The image id '[ami-…]' does not exist}, {@code Invalid id: "…"}. */
  static Image byId(String imageId, String region) {
    if (!Ec2Kind.IMAGE.isWellFormed(imageId)) {
      throw Ec2Kind.IMAGE.malformed(imageId);
    }
    return Images.catalog().get(region, imageId).orElseThrow(() -> Ec2Kind.IMAGE.notFound(imageId));
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> ids = request.strings("ImageIds");
    ids.forEach(id -> byId(id, request.region()));
    List<String> owners = request.strings("Owners");
    ArrayNode out = Request.array();
    Images.catalog().inRegion(request.region()).stream()
        .filter(i -> ids.isEmpty() || ids.contains(i.id()))
        .filter(i -> owners.isEmpty() || owners.stream().anyMatch(Amis::ownsCatalogue))
        .filter(FILTERS.from(request, tx))
        .forEach(i -> out.add(view(i)));
    return Request.object().set("Images", out);
  }

  /** Every catalogue image is Amazon's; the account itself ({@code self}) owns none. */
  private static boolean ownsCatalogue(String owner) {
    return owner.equals("amazon") || owner.equals(Image.AMAZON_OWNER_ID);
  }

  /** An image with the keys of real describe-images output for Amazon Linux. */
  static ObjectNode view(Image image) {
    ObjectNode json =
        Request.object()
            .put("Architecture", image.architecture())
            .put("CreationDate", AMI_TIME.format(image.creationDate()))
            .put("ImageId", image.id())
            .put("ImageLocation", image.location())
            .put("ImageType", "machine")
            .put("Public", true)
            .put("OwnerId", Image.AMAZON_OWNER_ID)
            .put("PlatformDetails", "Linux/UNIX")
            .put("UsageOperation", "RunInstances")
            .put("State", "available");
    ObjectNode ebs =
        Request.object()
            .put("DeleteOnTermination", true)
            .put("SnapshotId", image.snapshotId())
            .put("VolumeSize", image.rootVolumeSize())
            .put("VolumeType", image.rootVolumeType())
            .put("Encrypted", false);
    if (image.rootVolumeType().equals("gp3")) {
      ebs.put("Iops", 3000).put("Throughput", 125);
    }
    json.set(
        "BlockDeviceMappings",
        Request.array().add(Request.object().put("DeviceName", Image.ROOT_DEVICE).set("Ebs", ebs)));
    json.put("Description", image.description())
        .put("EnaSupport", true)
        .put("Hypervisor", "xen")
        .put("ImageOwnerAlias", "amazon")
        .put("Name", image.name())
        .put("RootDeviceName", Image.ROOT_DEVICE)
        .put("RootDeviceType", "ebs")
        .put("SriovNetSupport", "simple")
        .put("VirtualizationType", "hvm");
    image.bootMode().ifPresent(mode -> json.put("BootMode", mode));
    image.imdsSupport().ifPresent(v -> json.put("ImdsSupport", v));
    return json.put("DeprecationTime", AMI_TIME.format(image.deprecationTime()));
  }
}
