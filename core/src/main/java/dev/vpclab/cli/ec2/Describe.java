package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Regional;
import dev.vpclab.model.View;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The common shape of EC2's describe operations: optional IDs (every one must exist), optional
 * filters, the region's resources in creation order, each rendered by a view. The filters come in
 * the member {@code Filters}, except where the model names it otherwise (DescribeNatGateways:
 * {@code Filter}).
 */
public record Describe<T extends Regional>(
    Class<T> type, Ec2Kind kind, String idsMember, String filtersMember, Filters<T> filters) {

  public Describe(Class<T> type, Ec2Kind kind, String idsMember, Filters<T> filters) {
    this(type, kind, idsMember, "Filters", filters);
  }

  public Stream<T> select(Request request, View view) {
    List<String> ids = request.strings(idsMember);
    Lookup.requireAll(view, type, kind, ids, request.region());
    Set<String> wanted = Set.copyOf(ids);
    return view.all(type, request.region())
        .filter(r -> wanted.isEmpty() || wanted.contains(r.key()))
        .filter(filters.from(request.list(filtersMember), view));
  }

  public ArrayNode render(Request request, View view, Function<T, ObjectNode> toJson) {
    ArrayNode out = Request.array();
    select(request, view).map(toJson).forEach(out::add);
    return out;
  }
}
