package dev.vpclab.model.s3;

import dev.vpclab.model.Regional;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** An S3 bucket with its policy and its objects, in key order as S3 lists them. */
public record Bucket(
    String name,
    String region,
    Instant creationDate,
    String policy,
    SortedMap<String, S3Object> objects)
    implements Regional {

  public Bucket {
    objects = Collections.unmodifiableSortedMap(new TreeMap<>(objects));
  }

  @Override
  public String key() {
    return name;
  }

  @Override
  public String kind() {
    return "bucket";
  }

  public Optional<String> bucketPolicy() {
    return Optional.ofNullable(policy);
  }

  public Bucket withPolicy(String document) {
    return new Bucket(name, region, creationDate, document, objects);
  }

  public Bucket withObject(S3Object object) {
    var out = new TreeMap<>(objects);
    out.put(object.key(), object);
    return new Bucket(name, region, creationDate, policy, out);
  }

  public Bucket withoutObject(String key) {
    var out = new TreeMap<>(objects);
    out.remove(key);
    return new Bucket(name, region, creationDate, policy, out);
  }
}
