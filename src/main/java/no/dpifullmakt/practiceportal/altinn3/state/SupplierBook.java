package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The suppliers of one acting organisation and the APIs delegated to each. Shared by everyone who
 * acts for that organisation, as in Altinn; every method is atomic.
 */
public final class SupplierBook {

  private final Map<String, Set<String>> apisBySupplier = new LinkedHashMap<>();

  /**
   * @return false when the organisation already was a supplier (nothing changes)
   */
  public synchronized boolean addSupplier(String orgnr) {
    if (apisBySupplier.containsKey(orgnr)) {
      return false;
    }
    apisBySupplier.put(orgnr, new LinkedHashSet<>());
    return true;
  }

  /** Removes the supplier and every API delegated to it. */
  public synchronized boolean removeSupplier(String orgnr) {
    return apisBySupplier.remove(orgnr) != null;
  }

  public synchronized Optional<Supplier> supplier(String orgnr) {
    Set<String> apis = apisBySupplier.get(orgnr);
    return apis == null ? Optional.empty() : Optional.of(new Supplier(orgnr, List.copyOf(apis)));
  }

  public synchronized List<Supplier> suppliers() {
    List<Supplier> all = new ArrayList<>();
    apisBySupplier.forEach((orgnr, apis) -> all.add(new Supplier(orgnr, List.copyOf(apis))));
    return all;
  }

  /**
   * Delegates an API to a supplier. Giving the same API twice keeps one delegation.
   *
   * @return false when the API already was delegated
   * @throws IllegalStateException when the organisation is not a supplier
   */
  public synchronized boolean giveApi(String supplierOrgnr, String apiIdentifier) {
    return existing(supplierOrgnr).add(apiIdentifier);
  }

  /**
   * @return false when the API was not delegated
   * @throws IllegalStateException when the organisation is not a supplier
   */
  public synchronized boolean removeApi(String supplierOrgnr, String apiIdentifier) {
    return existing(supplierOrgnr).remove(apiIdentifier);
  }

  public synchronized void clear() {
    apisBySupplier.clear();
  }

  /**
   * Empties the book and fills it again, in one step: nobody sees it half filled.
   *
   * @param filling adds the suppliers and APIs, through this book's own methods
   */
  public synchronized void replace(Consumer<SupplierBook> filling) {
    apisBySupplier.clear();
    filling.accept(this);
  }

  private Set<String> existing(String supplierOrgnr) {
    Set<String> apis = apisBySupplier.get(supplierOrgnr);
    if (apis == null) {
      throw new IllegalStateException(supplierOrgnr + " er ikke leverandør");
    }
    return apis;
  }
}
