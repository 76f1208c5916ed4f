package networth.imports.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.Origin;
import networth.io.netmap.NetmapReader;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

class MapMergeTest {

  private static final Origin ROW = new Origin("Connections.csv", 5);

  private static NetworkMap seed() throws Exception {
    Path p = Path.of("../examples/power-of-the-network.netmap");
    return NetmapReader.read(p.toString(), Files.readString(p)).map();
  }

  private static NetworkMap map(String text) {
    var r = NetmapReader.read("test.netmap", text);
    assertThat(r.errors()).isEmpty();
    return r.map();
  }

  private static Node person(String name, Map<String, String> attributes) {
    return new Node(
        name, name, NodeKind.PERSON, Optional.empty(), "", Deal.NONE, Cost.NONE, attributes);
  }

  private static Found.Builder connection(Found.Builder b, Node p, String company, int row) {
    Origin o = new Origin("Connections.csv", row);
    b.node(Node.of("LinkedIn", NodeKind.CHANNEL), o);
    b.node(p, o);
    b.link(
        new Link("LinkedIn", p.id(), "connected", Optional.of(PartialDate.parse("2026-02-08")), ""),
        o);
    if (!company.isEmpty()) {
      b.node(Node.of(company, NodeKind.ORGANISATION), o);
      b.affiliation(Affiliation.of(p.id(), Role.WORKS_AT, company).withNote("Head of Talent"), o);
    }
    return b;
  }

  @Test
  void aConnectionAtCieloJoinsTheSeedsCieloAndLinkedInWithoutDuplicatingThem() throws Exception {
    NetworkMap seed = seed();
    Found found =
        connection(
                Found.builder("linkedin"),
                person("Andy Carter", Map.of("url", "https://www.linkedin.com/in/andy-carter")),
                "Cielo Ltd",
                7)
            .build();

    var merged = MapMerge.merge(seed, found, List.of("Connections.csv"));
    NetworkMap m = merged.map();

    // One person, one link, one affiliation more; the channel and the company were there.
    assertThat(m.nodes()).hasSize(seed.nodes().size() + 1);
    assertThat(m.links()).hasSize(seed.links().size() + 1);
    assertThat(m.affiliations()).hasSize(seed.affiliations().size() + 1);
    Node andy = m.node("Andy Carter").orElseThrow();
    assertThat(andy.attributes())
        .containsEntry("url", "https://www.linkedin.com/in/andy-carter")
        .containsEntry("source", "Connections.csv row 7");
    Link l = m.links().get(m.links().size() - 1);
    assertThat(l.from()).isEqualTo("LinkedIn");
    assertThat(l.to()).isEqualTo("Andy Carter");
    assertThat(l.attributes()).containsEntry("source", "Connections.csv row 7");
    assertThat(m.affiliationsOf("Andy Carter"))
        .singleElement()
        .satisfies(a -> assertThat(a.organisation()).isEqualTo("Cielo"));
    assertThat(merged.report().with(Change.Action.UNCHANGED))
        .extracting(Change::name, Change::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple("LinkedIn", "same name"),
            org.assertj.core.groups.Tuple.tuple("Cielo", "same name"));
    // The map's own Andy, AndyC, is another name: left alone, for suggest to offer a merge.
    assertThat(m.node("AndyC")).contains(seed.node("AndyC").orElseThrow());
  }

  @Test
  void importingTheSameRowsTwiceChangesNothingTheSecondTime() throws Exception {
    Found found =
        connection(
                Found.builder("linkedin"),
                person("Jane Doe", Map.of("email", "jane@example.org")),
                "Acme",
                3)
            .build();
    NetworkMap once = MapMerge.merge(seed(), found, List.of()).map();
    var twice = MapMerge.merge(once, found, List.of());
    assertThat(twice.map()).isEqualTo(once);
    assertThat(twice.report().changesMap()).isFalse();
    assertThat(twice.report().with(Change.Action.UNCHANGED)).hasSize(found.nodes().size() + 2);
  }

  @Test
  void aProfileAddressIsThePersonWhateverTheNameAndTheMapKeepsWhatItSays() {
    NetworkMap m =
        map(
            """
            person Jane label "Jane (Acme)" note "met at a party" url="https://www.linkedin.com/in/jane-doe/"
            """);
    Node found =
        person("Jane Doe", Map.of("url", "http://linkedin.com/in/Jane-Doe", "email", "j@x.org"))
            .withNote("from LinkedIn")
            .withDate(PartialDate.parse("2020-01"));
    var merged = MapMerge.merge(m, build(found), List.of());
    Node jane = merged.map().node("Jane").orElseThrow();
    assertThat(merged.map().nodes()).hasSize(1);
    // The map's label and note stay; the e-mail and the date, which it lacked, are added.
    assertThat(jane.label()).isEqualTo("Jane (Acme)");
    assertThat(jane.note()).isEqualTo("met at a party");
    assertThat(jane.attributes()).containsEntry("email", "j@x.org");
    assertThat(jane.date()).contains(PartialDate.parse("2020-01"));
    assertThat(jane.attributes()).doesNotContainKey("source");
    assertThat(merged.report().changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo(Change.Action.UPDATED);
              assertThat(c.reason()).isEqualTo("same profile URL");
            });
  }

  private static Found build(Node n) {
    Found.Builder b = Found.builder("test");
    b.node(n, ROW);
    return b.build();
  }

  @Test
  void anEmailInCommonIsThePersonIgnoringCase() {
    NetworkMap m = map("person Sam email=\"sam@northwind.com, sam@home.net\"\n");
    var merged =
        MapMerge.merge(m, build(person("Samuel Hill", Map.of("email", "SAM@Home.net"))), List.of());
    assertThat(merged.map().nodes()).extracting(Node::id).containsExactly("Sam");
    assertThat(merged.report().changes().get(0).reason()).isEqualTo("same e-mail address");
  }

  @Test
  void theSameNameIsThePersonUnlessAnOrganisationOrAProfileTellsThemApart() {
    NetworkMap m =
        map(
            """
            person "Zoë O'Neil"
            person "Sam Hill"
            person "Kim Lee" url="linkedin.com/in/kim-lee-1"
            "Sam Hill" works at Northwind
            """);
    Found.Builder b = Found.builder("linkedin");
    connection(b, person("zoe oneil", Map.of()), "", 2);
    // Not "zoe o neil": the apostrophe splits words for comparing, as a space would.
    connection(b, person("Zoe O Neil", Map.of()), "Acme", 3);
    connection(b, person("Sam Hill", Map.of()), "Globex", 4);
    connection(b, person("Kim Lee", Map.of("url", "linkedin.com/in/kim-lee-2")), "", 5);
    var merged = MapMerge.merge(m, b.build(), List.of());
    // "Zoe O Neil" is Zoë O'Neil (no organisation on either side to tell them apart); "zoe oneil"
    // is another spelling, so another person. Sam Hill at Globex is not the Sam Hill at Northwind,
    // and a second profile address makes a second Kim Lee.
    assertThat(merged.map().nodes())
        .extracting(Node::id)
        .containsExactly(
            "Zoë O'Neil",
            "Sam Hill",
            "Kim Lee",
            "Northwind",
            "LinkedIn",
            "zoe oneil",
            "Acme",
            "Sam Hill (2)",
            "Globex",
            "Kim Lee (2)");
    assertThat(merged.map().affiliationsOf("Zoë O'Neil"))
        .extracting(Affiliation::organisation)
        .containsExactly("Acme");
  }

  @Test
  void twoPeopleOfTheNameAreToldApartByTheirOrganisationOrKeptApart() {
    NetworkMap m =
        map(
            """
            person "Andy Smith" note "at Cielo"
            person AndyG label "Andy Smith" note "at the Guardian"
            "Andy Smith" works at Cielo
            AndyG works at Guardian
            """);
    Found.Builder b = Found.builder("linkedin");
    connection(b, person("Andy Smith", Map.of()), "The Guardian", 2);
    var byOrganisation = MapMerge.merge(m, b.build(), List.of());
    assertThat(byOrganisation.map().nodes()).hasSize(m.nodes().size() + 1); // LinkedIn only
    assertThat(byOrganisation.report().changes())
        .filteredOn(c -> c.what().equals("person"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("AndyG");
              assertThat(c.reason()).isEqualTo("same name and organisation");
            });

    Found.Builder none = Found.builder("linkedin");
    connection(none, person("Andy Smith", Map.of()), "", 2);
    var apart = MapMerge.merge(m, none.build(), List.of());
    assertThat(apart.map().node("Andy Smith (2)")).isPresent();
    assertThat(apart.report().keptApart())
        .singleElement()
        .asString()
        .contains("\"Andy Smith\" could be any of Andy Smith, AndyG");
  }

  @Test
  void aCompanyIsTheMapsOrganisationOrOpportunityOfThatNameWithoutItsLegalForm() {
    NetworkMap m =
        map(
            """
            client Northwind value 25000 won 2023-10-01
            job "Imagination job" since 2008-06
            person Northwind2
            """);
    Found.Builder b = Found.builder("linkedin");
    b.node(Node.of("Northwind, Inc.", NodeKind.ORGANISATION), ROW);
    b.node(
        new Node(
            "Imagination job",
            "Head of IT at Imagination",
            NodeKind.JOB,
            Optional.of(PartialDate.parse("2008-06")),
            Optional.of(PartialDate.parse("2011-05")),
            "",
            Deal.NONE,
            Cost.NONE,
            Map.of("title", "Head of IT")),
        ROW);
    var merged = MapMerge.merge(m, b.build(), List.of());
    assertThat(merged.map().nodes()).hasSize(3);
    Node job = merged.map().node("Imagination job").orElseThrow();
    assertThat(job.until()).contains(PartialDate.parse("2011-05"));
    assertThat(job.label()).isEqualTo("Imagination job");
    assertThat(job.attributes()).containsEntry("title", "Head of IT");
  }

  @Test
  void aLinkAlreadyDrawnGainsOnlyWhatItLacked() {
    NetworkMap m =
        map(
            """
            channel LinkedIn
            person Jane url="linkedin.com/in/jane"
            LinkedIn -> Jane : she found me
            """);
    Found.Builder b = Found.builder("linkedin");
    b.node(Node.of("LinkedIn", NodeKind.CHANNEL), ROW);
    b.node(person("Jane Doe", Map.of("url", "https://linkedin.com/in/jane/")), ROW);
    b.link(
        new Link(
            "LinkedIn",
            "Jane Doe",
            "connected",
            Optional.of(PartialDate.parse("2026-02-08")),
            "Jane Doe invited me",
            Map.of("invitation", "received")),
        ROW);
    var merged = MapMerge.merge(m, b.build(), List.of());
    assertThat(merged.map().links())
        .singleElement()
        .isEqualTo(
            new Link(
                "LinkedIn",
                "Jane",
                "connected",
                Optional.of(PartialDate.parse("2026-02-08")),
                "she found me",
                Map.of("invitation", "received")));
  }

  @Test
  void aLinkToANodeOnlyTheMapHoldsIsDrawnAndOneToNowhereIsSkipped() {
    NetworkMap m = map("client \"Client 1\" value 50k won 2014-03\n");
    Found.Builder b = Found.builder("kumu");
    b.node(person("Emily", Map.of()), new Origin("elements.csv", 2));
    b.link(Link.of("Emily", "Client 1"), new Origin("connections.csv", 2));
    b.link(Link.of("Emily", "Nobody"), new Origin("connections.csv", 3));
    b.link(Link.of("Emily", "Emily"), new Origin("connections.csv", 4));
    var merged = MapMerge.merge(m, b.build(), List.of());
    assertThat(merged.map().links()).extracting(Link::to).containsExactly("Client 1");
    assertThat(merged.report().skipped())
        .extracting(s -> s.origin().toString(), s -> s.reason())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "connections.csv row 3", "names a node the files do not hold"),
            org.assertj.core.groups.Tuple.tuple(
                "connections.csv row 4", "a link from a node to itself"));
  }

  @Test
  void aLinkThatWouldCloseALoopWithTheMapsOwnIsLeftOut() {
    NetworkMap m = map("person Emily\nperson Roger\nEmily -> Roger\n");
    Found.Builder b = Found.builder("kumu");
    b.node(person("Roger", Map.of()), new Origin("elements.csv", 2));
    b.node(person("Emily", Map.of()), new Origin("elements.csv", 3));
    b.link(Link.of("Roger", "Emily"), new Origin("connections.csv", 2));
    var merged = MapMerge.merge(m, b.build(), List.of());
    assertThat(merged.map().links()).containsExactly(Link.of("Emily", "Roger"));
    assertThat(merged.report().skipped())
        .extracting(s -> s.reason())
        .containsExactly("a link that would close a loop");
  }

  @Test
  void twoRowsOfOneNameStayTwoPeopleAndAreTheSameTwoNextTime() {
    // Two Roger Hales with other e-mails, in one file: a name alone never joins the second row
    // to the first; importing the file again finds each by its e-mail, and without e-mails by
    // its row.
    Found.Builder b = Found.builder("gephi");
    b.node(person("Roger Hale", Map.of("email", "roger@a.example")), new Origin("nodes.csv", 2));
    b.node(
        new Node(
            "Roger Hale (2)",
            "Roger Hale",
            NodeKind.PERSON,
            Optional.empty(),
            "",
            Deal.NONE,
            Cost.NONE,
            Map.of()),
        new Origin("nodes.csv", 3));
    Found found = b.build();
    NetworkMap once = MapMerge.merge(map("person Emily\n"), found, List.of()).map();
    assertThat(once.nodes())
        .extracting(Node::id)
        .containsExactly("Emily", "Roger Hale", "Roger Hale (2)");
    var twice = MapMerge.merge(once, found, List.of());
    assertThat(twice.map()).isEqualTo(once);
    assertThat(twice.report().changesMap()).isFalse();
  }
}
