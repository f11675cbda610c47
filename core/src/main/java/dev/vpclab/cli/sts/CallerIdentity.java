package dev.vpclab.cli.sts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Principal;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.Tx;

/** {@code aws sts get-caller-identity}: who signed the request. It needs no permission. */
public final class CallerIdentity implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("sts", "GetCallerIdentity", this::get);
  }

  private ObjectNode get(Request request, Tx tx) {
    Principal caller = request.caller();
    return Request.object()
        .put("UserId", caller.userId())
        .put("Account", Account.ID)
        .put("Arn", caller.arn());
  }
}
