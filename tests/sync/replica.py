"""A client's copy of the public content, kept by replaying sync answers as an app would."""


class Replica:
    def __init__(self, client, locale: str):
        self.client = client
        self.locale = locale
        self.items: dict[tuple[str, int], dict] = {}
        self.token: str | None = None
        self.pages = 0

    def get(self, token: str | None):
        params = {"token": token} if token else {"locale": self.locale}
        response = self.client.get("/api/v1/sync", params)
        assert response.status_code == 200, response.content[:500]
        return response.json()

    def apply(self, answer: dict) -> None:
        assert answer["locale"] == self.locale
        for item in answer["items"]:
            self.items[(item["type"], item["id"])] = item["data"]
        for gone in answer["removed"]:
            self.items.pop((gone["type"], gone["id"]), None)

    def sync(self, between_pages=None) -> "Replica":
        """Ask until the copy is complete; ``between_pages()`` runs after each page but
        the last (another editor at work while the client pages through)."""
        token = self.token
        while True:
            answer = self.get(token)
            self.apply(answer)
            self.pages += 1
            if answer["next_sync_token"]:
                self.token = answer["next_sync_token"]
                return self
            token = answer["next_page_token"]
            if between_pages is not None:
                between_pages()

    def ids(self, kind: str) -> set[int]:
        return {pk for item_kind, pk in self.items if item_kind == kind}
