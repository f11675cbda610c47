package dev.vpclab.iam.action;

import dev.vpclab.model.View;

/** The IAM actions and resources of one service's operations. */
interface ServiceActions {
  /** What the call needs permission for; {@code view} supplies ARNs the request leaves out. */
  Target target(ApiCall call, View view);
}
