package dev.vpclab.cli.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.model.Tx;

/**
 * The service side of one API operation: reads the request, changes the account through the Tx,
 * returns the response body. It throws {@link ServiceFault} to refuse the request.
 */
@FunctionalInterface
public interface Operation {
  ObjectNode call(Request request, Tx tx);
}
