package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.Constraints;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.KeyPair;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Key pairs: create (real key material, the same in every fresh session), import, describe, delete.
 * Names are unique per region; deleting a name that does not exist succeeds, as in EC2.
 */
public final class KeyPairs implements Handlers.Group {
  static final Filters<KeyPair> FILTERS =
      Filters.<KeyPair>of(KeyPair::id)
          .one("key-name", KeyPair::name)
          .one("key-pair-id", KeyPair::id)
          .one("fingerprint", KeyPair::fingerprint)
          .one("key-type", KeyPair::type)
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateKeyPair", this::create)
        .on("ec2", "ImportKeyPair", this::importKey)
        .on("ec2", "DescribeKeyPairs", this::describe)
        .on("ec2", "DeleteKeyPair", this::delete);
  }

  /** {@code InvalidKeyPair.NotFound: The key pair 'x' does not exist} (real terraform output). */
  static KeyPair byName(View view, String name, String region) {
    return named(view, name, region).orElseThrow(() -> Ec2Kind.KEY_PAIR.notFound(name));
  }

  private static Optional<KeyPair> named(View view, String name, String region) {
    return view.all(KeyPair.class, region).filter(k -> k.name().equals(name)).findFirst();
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = uniqueName(request, tx);
    // EC2 checks enums service-side (real message: hashicorp/packer-plugin-amazon #184).
    new Constraints("InvalidParameterValue")
        .oneOf("keyType", request.string("KeyType").orElse(null), List.of("rsa", "ed25519"))
        .oneOf("keyFormat", request.string("KeyFormat").orElse(null), List.of("pem", "ppk"))
        .check();
    String type = request.string("KeyType").orElse("rsa");
    if (request.string("KeyFormat").orElse("pem").equals("ppk")) {
      throw new ServiceFault(
          "InvalidParameterValue", "vpclab hands out key material in pem format only");
    }
    Tags tags = TagSpecifications.forType(request, "key-pair");
    String id = Ids.ec2(tx, "key");
    String seed = request.region() + "/" + name + "/" + id;
    KeyMaterial.Generated key =
        type.equals("ed25519") ? KeyMaterial.ed25519(seed) : KeyMaterial.rsa(seed);
    tx.put(
        new KeyPair(
            id,
            request.region(),
            name,
            type,
            key.fingerprint(),
            key.privateKey(),
            tx.now(),
            key.publicKey()));
    tx.setTags(id, tags);
    ObjectNode out =
        Request.object()
            .put("KeyPairId", id)
            .put("KeyName", name)
            .put("KeyFingerprint", key.fingerprint())
            .put("KeyMaterial", key.privateKey());
    return tagged(out, tags);
  }

  /**
   * The public key arrives base64-encoded, as every blob does; a key given as plain text is
   * accepted too. Only OpenSSH public keys are understood.
   */
  private ObjectNode importKey(Request request, Tx tx) {
    String name = uniqueName(request, tx);
    String material = request.required("PublicKeyMaterial");
    KeyMaterial.Imported key =
        decoded(material)
            .flatMap(KeyMaterial::parsePublic)
            .or(() -> KeyMaterial.parsePublic(material))
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "InvalidKey.Format", "Key is not in valid OpenSSH public key format"));
    Tags tags = TagSpecifications.forType(request, "key-pair");
    String id = Ids.ec2(tx, "key");
    tx.put(
        new KeyPair(
            id,
            request.region(),
            name,
            key.type(),
            key.fingerprint(),
            null,
            tx.now(),
            key.publicKey()));
    tx.setTags(id, tags);
    ObjectNode out =
        Request.object()
            .put("KeyFingerprint", key.fingerprint())
            .put("KeyName", name)
            .put("KeyPairId", id);
    return tagged(out, tags);
  }

  private static Optional<String> decoded(String base64) {
    try {
      return Optional.of(
          new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** Real message of CreateKeyPair and ImportKeyPair (several CLI transcripts). */
  private static String uniqueName(Request request, Tx tx) {
    String name = request.required("KeyName");
    if (named(tx, name, request.region()).isPresent()) {
      throw new ServiceFault(
          "InvalidKeyPair.Duplicate", "The keypair '" + name + "' already exists.");
    }
    return name;
  }

  private static ObjectNode tagged(ObjectNode json, Tags tags) {
    if (!tags.isEmpty()) {
      json.set("Tags", Ec2Json.tags(tags));
    }
    return json;
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> names = request.strings("KeyNames");
    names.forEach(n -> byName(tx, n, request.region()));
    List<String> ids = request.strings("KeyPairIds");
    ids.forEach(id -> byId(tx, id, request.region()));
    boolean withPublicKey = request.bool("IncludePublicKey").orElse(false);
    ArrayNode out = Request.array();
    tx.all(KeyPair.class, request.region())
        .filter(k -> names.isEmpty() || names.contains(k.name()))
        .filter(k -> ids.isEmpty() || ids.contains(k.id()))
        .filter(FILTERS.from(request, tx))
        .forEach(
            k -> {
              ObjectNode json =
                  Request.object()
                      .put("KeyPairId", k.id())
                      .put("KeyFingerprint", k.fingerprint())
                      .put("KeyName", k.name())
                      .put("KeyType", k.type())
                      .put("CreateTime", k.createTime().toString());
              if (withPublicKey) {
                json.put("PublicKey", k.publicKey());
              }
              // The CLI example of describe-key-pairs lists "Tags": [] even when there are none.
              json.set("Tags", Ec2Json.tags(tx.tags(k.id())));
              out.add(json);
            });
    return Request.object().set("KeyPairs", out);
  }

  /** By ID an unknown pair is an error; by name EC2 answers success even when nothing matched. */
  private ObjectNode delete(Request request, Tx tx) {
    Optional<KeyPair> pair =
        request.has("KeyPairId")
            ? Optional.of(byId(tx, request.required("KeyPairId"), request.region()))
            : named(tx, request.required("KeyName"), request.region());
    ObjectNode out = Request.object().put("Return", true);
    pair.ifPresent(
        k -> {
          tx.remove(k);
          out.put("KeyPairId", k.id());
        });
    return out;
  }

  /** The ID form of the not-found message is vpclab's, following the name form. */
  private static KeyPair byId(View view, String id, String region) {
    return Lookup.find(view, KeyPair.class, Ec2Kind.KEY_PAIR, id, region)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "InvalidKeyPair.NotFound", "The key pair ID '" + id + "' does not exist"));
  }
}
