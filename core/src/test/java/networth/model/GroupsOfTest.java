package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The groups a node is in: those that list it, in the map's order of groups, each once; none for a
 * node no group lists or an id the map does not hold.
 */
class GroupsOfTest {

  @Test
  void theGroupsOfEachNodeAreThoseThatListItInTheirOrder() {
    Random random = new Random(3);
    for (int round = 0; round < 50; round++) {
      NetworkMap.Builder b = NetworkMap.builder();
      int nodes = 1 + random.nextInt(30);
      for (int i = 0; i < nodes; i++) {
        b.node(Node.of("n" + i, NodeKind.PERSON));
      }
      List<Group> groups = new ArrayList<>();
      for (int g = 0; g < random.nextInt(6); g++) {
        List<String> members = new ArrayList<>();
        for (int m = 0; m < random.nextInt(10); m++) {
          String id = "n" + random.nextInt(nodes + 3); // some ids no node has
          if (!members.contains(id)) {
            members.add(id);
          }
        }
        Group group = new Group("g" + g, members);
        groups.add(group);
        b.group(group);
      }
      NetworkMap map = b.build();
      for (int i = 0; i < nodes + 5; i++) {
        String id = "n" + i;
        List<String> expected =
            map.groups().stream().filter(g -> g.members().contains(id)).map(Group::name).toList();
        assertThat(map.groupsOf(id)).as("%s in %s", id, groups).isEqualTo(expected);
      }
    }
  }
}
