package no.dpifullmakt.practiceportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.Test;

class LoopbackOnlyTest {

  /** Every test endpoint there is, also those of the changes and faults. */
  private static final List<String[]> TEST_ENDPOINTS =
      List.of(
          new String[] {"POST", "/ovelse/test/reset"},
          new String[] {"GET", "/ovelse/test/situasjoner"},
          new String[] {"POST", "/ovelse/test/situasjon/altinn3-tom?aktor=312787075"},
          new String[] {"GET", "/ovelse/test/altinn2/tilstand?aktor=315260183"},
          new String[] {"GET", "/ovelse/test/altinn3/tilstand?aktor=312787075"},
          new String[] {"GET", "/ovelse/test/endringer"},
          new String[] {"POST", "/ovelse/test/endring/a3-kosmetisk"},
          new String[] {"DELETE", "/ovelse/test/endring"},
          new String[] {"GET", "/ovelse/test/feil"},
          new String[] {"POST", "/ovelse/test/feil"},
          new String[] {"DELETE", "/ovelse/test/feil"});

  @Test
  void thePortalListensOnTheLoopbackAddressOnly() throws Exception {
    try (PracticePortal portal = PracticePortal.start(PortalOptions.forTests())) {
      assertThat(portal.baseUrl().getHost()).isEqualTo("127.0.0.1");
      try (Socket loopback = new Socket()) {
        loopback.connect(new InetSocketAddress("127.0.0.1", portal.port()), 2000);
        assertThat(loopback.isConnected()).isTrue();
      }
      for (InetAddress address : otherAddresses()) {
        assertThatThrownBy(
                () -> {
                  try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, portal.port()), 500);
                  }
                })
            .as("%s", address)
            .isInstanceOf(IOException.class);
      }
    }
  }

  /** The machine's own addresses that are not 127.0.0.1, and the IPv6 loopback. */
  private static List<InetAddress> otherAddresses() throws Exception {
    List<InetAddress> others = new java.util.ArrayList<>();
    others.add(InetAddress.getByName("::1"));
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
          others.add(address);
        }
      }
    }
    return others;
  }

  @Test
  void aPortalForPeopleAnswersNoTestEndpoint() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (PracticePortal portal = PracticePortal.start(PortalOptions.forPeople(0))) {
      for (String[] endpoint : TEST_ENDPOINTS) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(portal.baseUrl() + endpoint[1]))
                    .header("Origin", portal.baseUrl().toString())
                    .header("Content-Type", "application/json")
                    .method(endpoint[0], HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(404);
      }
    }
  }
}
