package networth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import networth.graph.MapGraph;
import networth.graph.Neighbourhood;
import networth.model.Affiliation.Role;
import org.junit.jupiter.api.Test;

/** Affiliations in the model: kept beside the links, never in the graph the analyses walk. */
class AffiliationTest {

  @Test
  void eachRoleIsReadInEitherTenseAndByName() {
    assertThat(Role.fromPhrase("Works  At")).contains(Role.WORKS_AT);
    assertThat(Role.fromPhrase("worked at")).contains(Role.WORKS_AT);
    assertThat(Role.fromPhrase("owned")).contains(Role.OWNS);
    assertThat(Role.fromPhrase("was member of")).contains(Role.MEMBER_OF);
    assertThat(Role.fromPhrase("founded")).contains(Role.FOUNDED);
    assertThat(Role.fromPhrase("employs")).isEmpty();
    assertThat(Role.fromName("member_of")).contains(Role.MEMBER_OF);
    assertThat(Role.phrases())
        .containsExactly(
            "works at", "worked at", "owns", "owned", "founded", "member of", "was member of");
    assertThat(Role.longestPhrase()).isEqualTo(3);
  }

  @Test
  void aSentenceTakesThePastOnceItHasEnded() {
    Affiliation a = Affiliation.of("Sam", Role.WORKS_AT, "Acme");
    assertThat(a.sentence("Sam", "Acme Studio")).isEqualTo("Sam works at Acme Studio");
    assertThat(a.until(PartialDate.parse("2021")).sentence("Sam", "Acme Studio"))
        .isEqualTo("Sam worked at Acme Studio");
    assertThatThrownBy(() -> Affiliation.of("Sam", Role.OWNS, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMapKeepsThemInOrderAndTheyCountInItsEquality() {
    NetworkMap.Builder b = NetworkMap.builder().link("Blog", "Sam");
    NetworkMap without = b.build();
    NetworkMap with =
        b.affiliation("Sam", Role.WORKS_AT, "Northwind")
            .affiliation(Affiliation.of("Priya", Role.OWNS, "Bloom").withNote("n"))
            .build();
    assertThat(with.affiliations())
        .containsExactly(
            Affiliation.of("Sam", Role.WORKS_AT, "Northwind"),
            Affiliation.of("Priya", Role.OWNS, "Bloom").withNote("n"));
    assertThat(with.affiliationsOf("Sam")).hasSize(1);
    assertThat(with).isNotEqualTo(without);
    assertThat(with.links()).isEqualTo(without.links());
    // The graph has their nodes, but not one edge more.
    MapGraph g = MapGraph.of(with);
    assertThat(g.nodeCount()).isEqualTo(5);
    assertThat(g.linkCount()).isEqualTo(1);
  }

  @Test
  void namesOnlyAffiliationsUseArePeopleOrOrganisationsAndOthersKeepTheLinksRule() {
    NetworkMap map =
        NetworkMap.builder()
            .link("Blog", "Cielo")
            .affiliation("Andy", Role.WORKS_AT, "Cielo")
            .affiliation("Priya", Role.OWNS, "Bloom")
            .affiliation("Bloom", Role.MEMBER_OF, "Chamber")
            .node(Node.of("Emily", NodeKind.PERSON))
            .affiliation("Emily", Role.FOUNDED, "Kite")
            .build();
    assertThat(map.node("Andy").orElseThrow().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(map.node("Priya").orElseThrow().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(map.node("Bloom").orElseThrow().kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(map.node("Chamber").orElseThrow().kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(map.node("Kite").orElseThrow().kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(map.node("Cielo").orElseThrow().kind()).isEqualTo(NodeKind.UNKNOWN);
  }

  @Test
  void aNeighbourhoodAndAPeriodKeepTheAffiliationsBetweenTheNodesTheyKeep() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("Old", NodeKind.CLIENT).withDate(PartialDate.parse("2010")))
            .node(Node.of("New", NodeKind.CLIENT).withDate(PartialDate.parse("2020")))
            .link("Blog", "Sam")
            .link("Sam", "New")
            .link("Blog", "Old")
            .affiliation("Sam", Role.WORKS_AT, "New")
            .affiliation("Sam", Role.OWNS, "Old")
            .build();
    assertThat(Neighbourhood.around(map, "New", 1).affiliations())
        .containsExactly(Affiliation.of("Sam", Role.WORKS_AT, "New"));
    NetworkMap recent = PeriodMap.of(map, Period.of(Optional.of("2015"), Optional.empty())).map();
    assertThat(recent.affiliations()).containsExactly(Affiliation.of("Sam", Role.WORKS_AT, "New"));
  }
}
