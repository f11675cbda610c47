package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Regions;
import java.util.List;
import java.util.stream.Stream;

/**
 * The AWS-managed prefix lists of a region (S3, DynamoDB): the ranges a gateway endpoint route
 * stands for. Three APIs show them: the older describe-prefix-lists, and the managed prefix list
 * APIs, where AWS owns them ({@code OwnerId} {@code AWS}).
 */
public final class PrefixLists implements Handlers.Group {
  static final Filters<PrefixList> FILTERS =
      Filters.<PrefixList>of(PrefixList::id)
          .one("prefix-list-id", PrefixList::id)
          .one("prefix-list-name", PrefixList::name)
          .one("owner-id", p -> "AWS")
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribePrefixLists", this::describePrefixLists)
        .on("ec2", "DescribeManagedPrefixLists", this::describeManaged)
        .on("ec2", "GetManagedPrefixListEntries", this::entries);
  }

  /**
   * Code as EC2's error list names it; the message is the emulators' wording (no real transcript
   * was found).
   */
  static ServiceFault notFound(String id) {
    return new ServiceFault(
        "InvalidPrefixListID.NotFound", "The prefix list ID '" + id + "' does not exist");
  }

  /** The region's lists that the request selects; every ID asked for must exist there. */
  private static Stream<PrefixList> select(Request request, Tx tx) {
    List<PrefixList> region = inRegion(request.region());
    List<String> ids = request.strings("PrefixListIds");
    for (String id : ids) {
      if (region.stream().noneMatch(p -> p.id().equals(id))) {
        throw notFound(id);
      }
    }
    return region.stream()
        .filter(p -> ids.isEmpty() || ids.contains(p.id()))
        .filter(FILTERS.from(request, tx));
  }

  static List<PrefixList> inRegion(String region) {
    return List.copyOf(Regions.catalog().require(region).prefixLists().values()).stream()
        .sorted(java.util.Comparator.comparing(PrefixList::name))
        .toList();
  }

  private ObjectNode describePrefixLists(Request request, Tx tx) {
    ArrayNode out = Request.array();
    select(request, tx)
        .forEach(
            p -> {
              ObjectNode json =
                  Request.object().put("PrefixListId", p.id()).put("PrefixListName", p.name());
              json.set("Cidrs", Ec2Json.strings(p.cidrs().stream().map(Object::toString).toList()));
              out.add(json);
            });
    return Request.object().set("PrefixLists", out);
  }

  private ObjectNode describeManaged(Request request, Tx tx) {
    ArrayNode out = Request.array();
    select(request, tx)
        .forEach(
            p -> {
              ObjectNode json =
                  Request.object()
                      .put("PrefixListId", p.id())
                      .put("AddressFamily", "IPv4")
                      .put("State", "create-complete")
                      .put(
                          "PrefixListArn",
                          "arn:aws:ec2:" + p.region() + ":aws:prefix-list/" + p.id())
                      .put("PrefixListName", p.name())
                      .put("OwnerId", "AWS");
              json.set("Tags", Request.array());
              out.add(json);
            });
    return Request.object().set("PrefixLists", out);
  }

  private ObjectNode entries(Request request, Tx tx) {
    String id = request.required("PrefixListId");
    PrefixList list =
        inRegion(request.region()).stream()
            .filter(p -> p.id().equals(id))
            .findFirst()
            .orElseThrow(() -> notFound(id));
    ArrayNode out = Request.array();
    list.cidrs().forEach(c -> out.add(Request.object().put("Cidr", c.toString())));
    return Request.object().set("Entries", out);
  }
}
