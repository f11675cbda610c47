package dev.vpclab.cli.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.ec2.Ec2Json;
import dev.vpclab.cli.ec2.TagSpecifications;
import dev.vpclab.model.Account;
import dev.vpclab.model.Tags;
import dev.vpclab.model.View;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;

/**
 * IAM entities as IAM's responses show them. Each operation shows a different part of a role (CLI
 * examples and real transcripts): CreateRole leaves out MaxSessionDuration, GetRole adds it and an
 * always-present RoleLastUsed, ListRoles has neither tags nor RoleLastUsed, and a role inside an
 * instance profile is its six core fields.
 */
final class IamJson {
  private IamJson() {}

  /** The fields every view of a role has. */
  static ObjectNode roleCore(Role role) {
    ObjectNode json =
        Request.object()
            .put("Path", role.path())
            .put("RoleName", role.name())
            .put("RoleId", role.id())
            .put("Arn", role.arn(Account.ID))
            .put("CreateDate", role.createDate().toString());
    json.set("AssumeRolePolicyDocument", PolicyDocuments.render(role.trustPolicy()));
    return json;
  }

  static ObjectNode createdRole(Role role) {
    ObjectNode json = roleCore(role);
    json.put("Description", role.description());
    return withTags(json, role.tags());
  }

  static ObjectNode listedRole(Role role) {
    return roleCore(role)
        .put("Description", role.description())
        .put("MaxSessionDuration", role.maxSessionDuration());
  }

  /** GetRole: a role never used shows {@code "RoleLastUsed": {}} (CLI example, get-role). */
  static ObjectNode role(Role role) {
    ObjectNode json = withTags(listedRole(role), role.tags());
    json.set("RoleLastUsed", Request.object());
    return json;
  }

  static ObjectNode instanceProfile(InstanceProfile profile, View view) {
    ObjectNode json =
        Request.object()
            .put("Path", profile.path())
            .put("InstanceProfileName", profile.name())
            .put("InstanceProfileId", profile.id())
            .put("Arn", profile.arn(Account.ID))
            .put("CreateDate", profile.createDate().toString());
    ArrayNode roles = Request.array();
    for (String name : profile.roleNames()) {
      roles.add(roleCore(IamEntities.role(view, name)));
    }
    json.set("Roles", roles);
    return withTags(json, profile.tags());
  }

  /** A managed policy as ListPolicies and CreatePolicy show it. */
  static ObjectNode policy(ManagedPolicy policy, View view) {
    return Request.object()
        .put("PolicyName", policy.name())
        .put("PolicyId", policy.id())
        .put("Arn", policy.arn())
        .put("Path", policy.path())
        .put("DefaultVersionId", policy.defaultVersionId())
        .put("AttachmentCount", IamEntities.attachmentCount(view, policy))
        .put("PermissionsBoundaryUsageCount", 0)
        .put("IsAttachable", true)
        .put("CreateDate", policy.createDate().toString())
        .put("UpdateDate", policy.updateDate().toString());
  }

  /** GetPolicy adds the description and always lists tags, {@code []} when there are none. */
  static ObjectNode policyDetail(ManagedPolicy policy, View view) {
    ObjectNode json = policy(policy, view).put("Description", policy.description());
    json.set("Tags", Ec2Json.tags(policy.tags()));
    return json;
  }

  static ObjectNode version(ManagedPolicy policy, ManagedPolicy.Version version, boolean document) {
    ObjectNode json = Request.object();
    if (document) {
      json.set("Document", PolicyDocuments.render(version.document()));
    }
    return json.put("VersionId", version.versionId())
        .put("IsDefaultVersion", version.versionId().equals(policy.defaultVersionId()))
        .put("CreateDate", version.createDate().toString());
  }

  static ObjectNode withTags(ObjectNode json, Tags tags) {
    if (!tags.isEmpty()) {
      json.set("Tags", Ec2Json.tags(tags));
    }
    return json;
  }

  /** The {@code Tags} parameter of a create call. */
  static Tags tags(Request request) {
    return Tags.NONE.with(TagSpecifications.parse(request.node("Tags")));
  }
}
