package no.dpifullmakt.practiceportal.altinn3.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SupplierBookTest {

  private final SupplierBook book = new SupplierBook();

  @Test
  void addingTheSameSupplierTwiceKeepsOne() {
    assertThat(book.addSupplier("980858073")).isTrue();
    assertThat(book.addSupplier("980858073")).isFalse();
    assertThat(book.suppliers()).containsExactly(new Supplier("980858073", List.of()));
  }

  @Test
  void givingTheSameApiTwiceKeepsOneDelegation() {
    book.addSupplier("980858073");
    assertThat(book.giveApi("980858073", "digdir-dpi-send")).isTrue();
    assertThat(book.giveApi("980858073", "digdir-dpi-send")).isFalse();
    assertThat(book.supplier("980858073").orElseThrow().apiIdentifiers())
        .containsExactly("digdir-dpi-send");
  }

  @Test
  void concurrentGivingStillKeepsOneDelegation() throws Exception {
    book.addSupplier("980858073");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        tries.add(
            CompletableFuture.supplyAsync(
                () -> book.giveApi("980858073", "digdir-dpi-send"), pool));
      }
      long created = tries.stream().map(CompletableFuture::join).filter(b -> b).count();
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(book.supplier("980858073").orElseThrow().apiIdentifiers()).hasSize(1);
  }

  @Test
  void removingAnApiLeavesTheOthers() {
    book.addSupplier("980858073");
    book.giveApi("980858073", "a");
    book.giveApi("980858073", "b");
    assertThat(book.removeApi("980858073", "a")).isTrue();
    assertThat(book.removeApi("980858073", "a")).isFalse();
    assertThat(book.supplier("980858073").orElseThrow().apiIdentifiers()).containsExactly("b");
  }

  @Test
  void removingASupplierRemovesItsDelegations() {
    book.addSupplier("980858073");
    book.giveApi("980858073", "a");
    assertThat(book.removeSupplier("980858073")).isTrue();
    assertThat(book.supplier("980858073")).isEmpty();
    book.addSupplier("980858073");
    assertThat(book.supplier("980858073").orElseThrow().apiIdentifiers()).isEmpty();
  }

  @Test
  void delegatingToANonSupplierIsRefused() {
    assertThatThrownBy(() -> book.giveApi("980858073", "a"))
        .isInstanceOf(IllegalStateException.class);
  }
}
