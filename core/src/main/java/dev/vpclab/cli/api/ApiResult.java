package dev.vpclab.cli.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.model.Change;
import dev.vpclab.model.World;
import java.util.List;

/** What one API call came to: a response and the World it left, or the service's error. */
public sealed interface ApiResult {

  /**
   * The call succeeded: its response body (as the handler built it), the next World, what changed
   * and any advice the handler had for the learner.
   */
  record Success(ObjectNode response, World world, List<Change> changes, List<String> advice)
      implements ApiResult {}

  /** The service refused the call; nothing changed. */
  record Failure(String code, String message) implements ApiResult {}
}
