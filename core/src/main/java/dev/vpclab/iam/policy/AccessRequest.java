package dev.vpclab.iam.policy;

/**
 * One authorization question: may the requester do this action to this resource, in this context.
 */
public record AccessRequest(
    String action, String resource, Requester requester, ContextKeys context) {}
