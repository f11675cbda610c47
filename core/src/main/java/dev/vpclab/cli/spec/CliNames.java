package dev.vpclab.cli.spec;

import java.util.regex.Pattern;

/** The real CLI's spelling of model names: botocore's {@code xform_name(name, '-')}. */
public final class CliNames {
  private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
  // An acronym pluralised at the end (GatewayARNs, ListWebACLs) becomes -arns, -acls.
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");

  private CliNames() {}

  /** {@code CreateVpc} → {@code create-vpc}; {@code VpcId} → {@code vpc-id}. */
  public static String of(String modelName) {
    if (modelName.contains("-")) {
      return modelName;
    }
    String name = modelName;
    var acronym = PLURAL_ACRONYM.matcher(name);
    if (acronym.find()) {
      name = name.substring(0, acronym.start()) + "-" + acronym.group().toLowerCase();
    }
    String s1 = FIRST_CAP.matcher(name).replaceAll("$1-$2");
    return END_CAP.matcher(s1).replaceAll("$1-$2").toLowerCase();
  }
}
