package dev.vpclab.cli.ssm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.model.catalog.Images;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public parameters AWS publishes in every region, {@code
 * /aws/service/ami-amazon-linux-latest/...}, each naming the latest Amazon Linux AMI of the
 * request's region. Fields as real responses have them (moto's capture of real
 * get-parameters-by-path output, moto/ssm/resources): {@code Type} String, {@code DataType} text,
 * an ARN with no account, and an unknown name answered with {@code ParameterNotFound} and an empty
 * message (real CLI output in public scripts).
 */
public final class PublicParameters implements Handlers.Group {

  /** Parameter versions as AWS showed them in us-east-2 in that capture. */
  private static final Map<String, Integer> VERSIONS =
      Map.of(
          "amzn2-ami-hvm-x86_64-gp2", 185,
          "amzn2-ami-kernel-5.10-hvm-x86_64-gp2", 138,
          "al2023-ami-kernel-default-x86_64", 160,
          "al2023-ami-kernel-6.1-x86_64", 160);

  /** One public parameter: its full name and the image it names. */
  private record Parameter(String name, Image image) {}

  @Override
  public void register(Handlers.Builder on) {
    on.on("ssm", "GetParameter", this::get)
        .on("ssm", "GetParameters", this::getMany)
        .on("ssm", "GetParametersByPath", this::byPath);
  }

  private ObjectNode get(Request request, Tx tx) {
    String name = request.required("Name");
    Parameter parameter =
        find(request.region(), name).orElseThrow(() -> new ServiceFault("ParameterNotFound", ""));
    return Request.object().set("Parameter", view(parameter, request.region()));
  }

  private ObjectNode getMany(Request request, Tx tx) {
    ArrayNode found = Request.array();
    ArrayNode invalid = Request.array();
    for (String name : request.strings("Names")) {
      find(request.region(), name)
          .ifPresentOrElse(p -> found.add(view(p, request.region())), () -> invalid.add(name));
    }
    ObjectNode out = Request.object();
    out.set("Parameters", found);
    out.set("InvalidParameters", invalid);
    return out;
  }

  /** Without Recursive only the parameters directly under the path are returned. */
  private ObjectNode byPath(Request request, Tx tx) {
    String path = request.required("Path");
    String parent = path.endsWith("/") ? path : path + "/";
    boolean recursive = request.bool("Recursive").orElse(false);
    ArrayNode out = Request.array();
    for (Parameter p : all(request.region())) {
      String rest = p.name().startsWith(parent) ? p.name().substring(parent.length()) : null;
      if (rest != null && (recursive || !rest.contains("/"))) {
        out.add(view(p, request.region()));
      }
    }
    return Request.object().set("Parameters", out);
  }

  private static Optional<Parameter> find(String region, String name) {
    return Images.catalog().bySsmParameter(region, name).map(image -> new Parameter(name, image));
  }

  private static List<Parameter> all(String region) {
    var out = new ArrayList<Parameter>();
    for (Image image : Images.catalog().inRegion(region)) {
      image.ssmParameters().forEach(name -> out.add(new Parameter(name, image)));
    }
    return out;
  }

  private static ObjectNode view(Parameter parameter, String region) {
    String shortName = parameter.name().substring(parameter.name().lastIndexOf('/') + 1);
    return Request.object()
        .put("Name", parameter.name())
        .put("Type", "String")
        .put("Value", parameter.image().id())
        .put("Version", VERSIONS.getOrDefault(shortName, 1))
        .put("LastModifiedDate", parameter.image().creationDate().toString())
        .put("ARN", "arn:aws:ssm:" + region + "::parameter" + parameter.name())
        .put("DataType", "text");
  }
}
