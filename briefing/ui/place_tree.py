"""A sidebar tree whose nodes are places in the article, for lists with a shape (sections).

It behaves as the flat lists do (``jump_list.py``): Enter or a click posts
:class:`PlaceTree.PlaceChosen`, and two markers never merge. The *reading mark* (a bar before
the label, bold text) sits on the node being read, or on its nearest unfolded ancestor while
the branch is folded (folding is the user's choice: the mark never unfolds it). The *cursor*
is the focused tree's block: put on the mark when the tree gets the focus, then moved only by
the keys (the text moving does not pull it away); without the focus it is hidden.

Labels come from the article, so they are ``Text`` objects, never markup. They are cut to the
pane's width with an ellipsis instead of a horizontal scrollbar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from briefing.model import Briefing

# Fold to the deepest level at which this many nodes show, but never to fewer than FEWEST:
# a 156-section report opens with its top three levels (59 entries), a novel with its chapters.
MOST_OPEN = 60
FEWEST = 8

PlaceNode = TreeNode["int | None"]


class PlaceTree(Tree["int | None"]):
    """A ``Tree`` of article places; a node's data is its target index (``None``: a note)."""

    HELP_GROUP = "Sections and quotes"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Jump", id="tree.jump"),
        Binding("space", "toggle_node", "Fold or unfold", id="tree.toggle"),
        Binding("left,h", "fold", "Fold (or go to the parent)", id="tree.fold", show=False),
        Binding("right,l", "unfold", "Unfold (or go to the child)", id="tree.unfold", show=False),
        Binding(
            "shift+space", "toggle_expand_all", "Fold or unfold siblings", id="tree.all", show=False
        ),
        Binding("j", "cursor_down", "Next entry", id="tree.down", show=False),
        Binding("k", "cursor_up", "Previous entry", id="tree.up", show=False),
        Binding("g", "scroll_home", "First entry", id="tree.first", show=False),
        Binding("G", "scroll_end", "Last entry", id="tree.last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "place-tree--here",
        "place-tree--here-bar",
        "place-tree--group",
    }
    HERE_BAR = "▌"

    @dataclass
    class PlaceChosen(Message):
        """The user picked a node: jump to ``[start, end)``."""

        tree: PlaceTree
        index: int
        start: int | None
        end: int | None

    # Analysis stages (``Briefing.failed_stages``) whose failure leaves this tree short.
    STAGES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *, id: str | None = None) -> None:
        self._doc: Briefing | None = None
        self._by_target: dict[int, PlaceNode] = {}
        self._labels: dict[int, tuple[PlaceNode, Text]] = {}  # node id -> node, whole label
        self._groups: set[int] = set()  # ids of heading nodes (no place of their own)
        self._here: int | None = None
        self._here_node: PlaceNode | None = None
        self._width = 0
        super().__init__(Text("Contents"), id=id)
        self.show_root = False
        self.auto_expand = False  # Enter jumps; Space folds
        self.guide_depth = 2  # sidebars are narrow: two columns a level

    # -- filling ----------------------------------------------------------------------------

    def show(self, doc: Briefing) -> None:
        """(Re)build the nodes for an analysed briefing, folded to a readable length."""
        self._doc = doc
        self.clear()
        self._by_target, self._labels, self._groups, self._here_node = {}, {}, set(), None
        failed = [stage for stage in self.STAGES if stage in doc.failed_stages]
        if failed:
            self.add_note(f"({', '.join(failed)} failed)")  # short: tree lines cannot wrap
        self.fill(doc)
        for node, _ in self._labels.values():
            node.allow_expand = bool(node.children)
        self._fold_to_fit()
        self._fit_labels()
        self.mark(self._here)

    def show_failure(self, message: str) -> None:
        """Show ``message`` in place of the nodes: the analysis failed, nothing to list."""
        self._doc, self._here, self._here_node = None, None, None
        self.clear()
        self._by_target, self._labels, self._groups = {}, {}, set()
        self.add_note(message)

    def process_label(self, label: str | Text) -> Text:
        """Labels here are one line already, and never markup: Tree's own would parse a ``str``
        as markup and split every label into lines."""
        return Text(label) if isinstance(label, str) else label

    def add_note(self, message: str) -> None:
        self._add(self.root, Text(message, style="dim italic"), None).allow_expand = False

    def add_place(self, parent: PlaceNode, label: str | Text, target: int) -> PlaceNode:
        """A node for ``target`` under ``parent`` (the label is cut later to fit)."""
        node = self._add(parent, label, target)
        self._by_target[target] = node
        return node

    def add_group(self, parent: PlaceNode, label: str | Text) -> PlaceNode:
        """A heading over places (a speaker): Enter folds it, it has no place of its own."""
        node = self._add(parent, label, None)
        self._groups.add(node.id)
        return node

    def _add(self, parent: PlaceNode, label: str | Text, target: int | None) -> PlaceNode:
        text = Text(label) if isinstance(label, str) else label  # never read as markup
        node = parent.add(text, data=target)
        self._labels[node.id] = (node, text)
        return node

    def fill(self, doc: Briefing) -> None:
        """Add the nodes for ``doc`` with :meth:`add_place`."""
        raise NotImplementedError

    def span_of(self, target: int) -> tuple[int | None, int | None]:
        """The article span behind a target index."""
        raise NotImplementedError

    def _fold_to_fit(self) -> None:
        """Unfold level by level while the tree stays short enough to take in at a glance."""
        by_depth: list[list[PlaceNode]] = []
        level = list(self.root.children)
        while level:
            by_depth.append(level)
            level = [child for node in level for child in node.children]
        shown = 0
        for depth, nodes in enumerate(by_depth):
            shown += len(nodes)
            deeper = len(by_depth[depth + 1]) if depth + 1 < len(by_depth) else 0
            if not deeper or (shown + deeper > MOST_OPEN and shown >= FEWEST):
                break
            for node in nodes:
                if node.children:
                    node.expand()

    # -- labels cut to the pane -------------------------------------------------------------

    def _fit_labels(self, under: PlaceNode | None = None) -> None:
        """Cut the labels shown under ``under`` (default: all) to the room their depth leaves.

        Only unfolded branches are cut; a branch is cut when it is unfolded, so a novel's
        folded quotes cost nothing until they are looked at."""
        width = self.scrollable_content_region.width
        self._width = width
        if width <= 0:
            return
        pending = list((under or self.root).children)
        while pending:
            node = pending.pop()
            whole = self._labels[node.id][1]
            room = max(6, width - len(self.HERE_BAR) - 2 - self._depth(node) * self.guide_depth)
            if whole.cell_len > room or node.label.cell_len != whole.cell_len:
                label = whole.copy()
                label.truncate(room, overflow="ellipsis")
                node.set_label(label)
            if node.is_expanded:
                pending.extend(node.children)

    @staticmethod
    def _depth(node: PlaceNode) -> int:
        """Levels above ``node`` (0 under the hidden root): each costs the guides' columns."""
        depth = 0
        parent = node.parent
        while parent is not None and parent.parent is not None:
            depth += 1
            parent = parent.parent
        return depth

    def on_resize(self, event: Resize) -> None:
        if self._doc is not None and self.scrollable_content_region.width != self._width:
            self._fit_labels()

    @property
    def place_count(self) -> int:
        """How many places (not notes) the tree holds, folded or not."""
        return len(self._by_target)

    # -- the reading mark -------------------------------------------------------------------

    @property
    def here(self) -> int | None:
        """The target marked as the reading position (``None``: nothing read yet)."""
        return self._here

    @property
    def here_node(self) -> PlaceNode | None:
        """The node showing the mark: the target's, or its nearest unfolded ancestor's."""
        return self._here_node

    def mark(self, target: int | None) -> None:
        """Mark ``target`` as the reading position (``None`` clears the mark)."""
        self._here = target
        node = None if target is None else self._by_target.get(target)
        node = None if node is None else self._visible(node)
        if node is not self._here_node:
            for changed in (self._here_node, node):
                if changed is not None:
                    changed.refresh()
            self._here_node = node
        if node is not None and not self.has_focus:
            _ = self.last_line  # lays out the lines, so the node knows its line
            self.scroll_to_node(node, animate=False)

    def on_focus(self) -> None:
        """The cursor starts on the mark: the keys then move from where you are reading."""
        if self._here_node is not None:
            _ = self.last_line
            self.move_cursor(self._here_node)

    @staticmethod
    def _visible(node: PlaceNode) -> PlaceNode:
        """``node``, or the outermost folded ancestor that hides it."""
        shown = node
        parent = node.parent
        while parent is not None and not parent.is_root:
            if not parent.is_expanded:
                shown = parent
            parent = parent.parent
        return shown

    def _remark(self) -> None:
        """Folding changed which node can show the mark."""
        self.mark(self._here)

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[int | None]) -> None:
        self._fit_labels(event.node)
        self.call_after_refresh(self._remark)

    def on_tree_node_collapsed(self, event: Tree.NodeCollapsed[int | None]) -> None:
        self.call_after_refresh(self._remark)

    def render_label(self, node: PlaceNode, base_style: Style, style: Style) -> Text:
        """The label with a one-cell gutter: the reading mark's bar, or a space."""
        label = super().render_label(node, base_style, style)
        if node.id in self._groups:
            label.stylize_before(self.get_component_rich_style("place-tree--group", partial=True))
        if node is not self._here_node:
            return Text.assemble((" ", base_style), label)
        bar = base_style + self.get_component_rich_style("place-tree--here-bar", partial=True)
        label.stylize(self.get_component_rich_style("place-tree--here", partial=True))
        return Text.assemble((self.HERE_BAR, bar), label)

    # -- keys -------------------------------------------------------------------------------

    def action_fold(self) -> None:
        """Fold the node under the cursor, or go up to its parent if it is folded already."""
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and not node.parent.is_root:
            self.move_cursor(node.parent)

    def action_unfold(self) -> None:
        """Unfold the node under the cursor, or go down to its first child if it is open."""
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def on_tree_node_selected(self, event: Tree.NodeSelected[int | None]) -> None:
        event.stop()
        target = event.node.data
        if target is None:
            if event.node.id in self._groups:
                event.node.toggle()
            return
        start, end = self.span_of(target)
        self.post_message(self.PlaceChosen(self, target, start, end))
