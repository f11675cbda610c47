package dev.vpclab.cli.s3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.s3.Bucket;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buckets: create, list, check, locate, delete. Error wording is real S3 output from public
 * transcripts; where a bucket may be created follows the S3 API reference (CreateBucket): us-east-1
 * takes no location constraint, every other region needs its own name as the constraint.
 */
public final class Buckets implements Handlers.Group {
  static final String US_EAST_1 = "us-east-1";

  @Override
  public void register(Handlers.Builder on) {
    on.on("s3api", "ListBuckets", this::list)
        .on("s3api", "CreateBucket", this::create)
        .on("s3api", "HeadBucket", this::head)
        .on("s3api", "GetBucketLocation", this::location)
        .on("s3api", "DeleteBucket", this::delete);
  }

  /**
   * Every bucket of the account, whatever endpoint is asked (aws-facts.md section 3), in name
   * order. No DisplayName: S3 stopped returning owner display names in November 2025.
   */
  private ObjectNode list(Request request, Tx tx) {
    ArrayNode buckets = Request.array();
    tx.all(Bucket.class)
        .sorted(Comparator.comparing(Bucket::name))
        .forEach(
            b ->
                buckets.add(
                    Request.object()
                        .put("Name", b.name())
                        .put("CreationDate", b.creationDate().toString())
                        .put("BucketRegion", b.region())));
    ObjectNode out = Request.object();
    out.set("Buckets", buckets);
    out.set("Owner", Request.object().put("ID", S3Buckets.canonicalUserId()));
    return out;
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = request.required("Bucket");
    if (!S3Buckets.isValidName(name)) {
      throw new ServiceFault("InvalidBucketName", "The specified bucket is not valid.");
    }
    String region = bucketRegion(request);
    var existing = tx.find(Bucket.class, name);
    if (existing.isPresent()) {
      // us-east-1 answers a repeated create of one's own bucket there with success (S3 API
      // reference, CreateBucket: "BucketAlreadyOwnedByYou ... except in the North Virginia
      // Region").
      if (!(region.equals(US_EAST_1) && existing.get().region().equals(US_EAST_1))) {
        throw new ServiceFault(
            "BucketAlreadyOwnedByYou",
            "Your previous request to create the named bucket succeeded and you already own it.");
      }
    } else {
      tx.put(new Bucket(name, region, tx.now(), null, new TreeMap<>(Map.of())));
    }
    String location =
        region.equals(US_EAST_1) ? "/" + name : "http://" + name + ".s3.amazonaws.com/";
    return Request.object().put("Location", location);
  }

  /**
   * The region the new bucket goes to. Messages: real CLI output for IllegalLocationConstraint
   * (public transcripts; the region is named, or "unspecified"), and {@code The specified
   * location-constraint is not valid} for us-east-1 named explicitly (S3 error reference).
   */
  private static String bucketRegion(Request request) {
    String constraint =
        request.node("CreateBucketConfiguration").path("LocationConstraint").asText("");
    String endpoint = request.region();
    if (constraint.equals(US_EAST_1)
        || (!constraint.isEmpty() && Regions.catalog().get(constraint).isEmpty())) {
      throw new ServiceFault(
          "InvalidLocationConstraint", "The specified location-constraint is not valid");
    }
    if (endpoint.equals(US_EAST_1)) {
      return constraint.isEmpty() ? US_EAST_1 : constraint;
    }
    if (!constraint.equals(endpoint)) {
      throw new ServiceFault(
          "IllegalLocationConstraintException",
          "The "
              + (constraint.isEmpty() ? "unspecified" : constraint)
              + " location constraint is incompatible for the region specific endpoint this"
              + " request was sent to.");
    }
    return constraint;
  }

  /**
   * HeadBucket has no body, so a missing bucket is only the HTTP status: the CLI prints {@code An
   * error occurred (404) when calling the HeadBucket operation: Not Found} (CLI example).
   */
  private ObjectNode head(Request request, Tx tx) {
    Bucket bucket =
        tx.find(Bucket.class, request.required("Bucket"))
            .orElseThrow(() -> new ServiceFault("404", "Not Found"));
    return Request.object().put("BucketRegion", bucket.region()).put("AccessPointAlias", false);
  }

  /** us-east-1 buckets have no location constraint: the value is null. */
  private ObjectNode location(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    ObjectNode out = Request.object();
    if (bucket.region().equals(US_EAST_1)) {
      return out.putNull("LocationConstraint");
    }
    return out.put("LocationConstraint", bucket.region());
  }

  private ObjectNode delete(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    if (!bucket.objects().isEmpty()) {
      throw new ServiceFault("BucketNotEmpty", "The bucket you tried to delete is not empty");
    }
    tx.remove(bucket);
    return Request.object();
  }
}
