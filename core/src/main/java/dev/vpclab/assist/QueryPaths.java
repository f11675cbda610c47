package dev.vpclab.assist;

import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keys of the response for {@code --query}, following the path typed so far through the output
 * shape: {@code Vpc.} offers {@code VpcId}, {@code CidrBlock}…; {@code Reservations[].Instances[].}
 * the instance's keys. Only plain paths are followed (identifiers, dots, brackets); a filter's or
 * multiselect's inside is not.
 */
final class QueryPaths {
  private QueryPaths() {}

  static Offer complete(OperationSpec operation, String query, int offset) {
    Optional<Shape> output = operation.output();
    if (output.isEmpty()) {
      return Offer.NONE;
    }
    ServiceSpec service = operation.service();
    Shape shape = output.get();
    int start = 0;
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_') {
        i++;
      } else if (c == '.' || c == '[') {
        Optional<Shape> next = step(service, shape, query.substring(start, i));
        if (next.isEmpty()) {
          return Offer.NONE;
        }
        shape = next.get();
        if (c == '[') {
          int close = query.indexOf(']', i);
          if (close < 0 || shape.type() != Shape.Type.LIST) {
            return Offer.NONE;
          }
          shape = service.shape(shape.memberShape());
          i = close + 1;
          if (i < query.length() && query.charAt(i) != '.' && query.charAt(i) != '[') {
            return Offer.NONE;
          }
          if (i < query.length() && query.charAt(i) == '.') {
            i++;
          }
        } else {
          i++;
        }
        start = i;
      } else {
        return Offer.NONE; // a function, filter or multiselect: beyond a plain path
      }
    }
    if (shape.type() != Shape.Type.STRUCTURE) {
      return Offer.NONE;
    }
    var out = new ArrayList<Candidate>();
    for (Shape.Member member : shape.members().values()) {
      Shape type = service.shape(member.shape());
      out.add(
          new Candidate(
              member.name(),
              "keys",
              Optional.of(type.type().name().toLowerCase()),
              type.isScalar()));
    }
    return new Offer(offset + start, List.copyOf(out));
  }

  /** The shape a name leads to from {@code shape}; the name is empty right after brackets. */
  private static Optional<Shape> step(ServiceSpec service, Shape shape, String name) {
    if (name.isEmpty()) {
      return Optional.of(shape);
    }
    if (shape.type() != Shape.Type.STRUCTURE) {
      return Optional.empty();
    }
    return shape.member(name).map(m -> service.shape(m.shape()));
  }
}
