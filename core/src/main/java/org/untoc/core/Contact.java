package org.untoc.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach a unit: postal address, telephone, fax, e-mail and web site, each as the source
 * gives it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contact implements Editioned {
  Contact() {}

  /** Returns the lines of the postal address, in order; empty if none is known. */
  public abstract ImmutableList<String> address();

  /** Returns the telephone number, as the source writes it. */
  public abstract Optional<String> phone();

  /** Returns the fax number, as the source writes it. */
  public abstract Optional<String> fax();

  /** Returns the e-mail address. */
  public abstract Optional<String> email();

  /** Returns the web site, as the source writes it. */
  public abstract Optional<String> web();

  /** Returns where the contact details come from. */
  public abstract Provenance provenance();

  /** Returns a builder of contacts. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Contact} values; {@code build()} checks them. A builder is not thread-safe. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!address().isEmpty() || phone().isPresent() || fax().isPresent()
            || email().isPresent() || web().isPresent(),
        "a contact needs at least one of address, phone, fax, e-mail or web");
    address().forEach(l -> checkArgument(!l.isBlank(), "an address line must not be blank"));
  }
}
