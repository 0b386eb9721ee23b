import { Link } from "@remix-run/react";

type Piece = { id: string; name: string; status: string; sold: number };

const soldLabel = (sold: number) => (sold === 1 ? "1 sold" : `${sold} sold`);

/**
 * The pieces credited to a maker and how many of each were sold: counts only, never who bought.
 * Staff get a link to each piece's editor; she sees names and counts.
 */
export function MakerPieces({ pieces, voice }: { pieces: Piece[]; voice: "staff" | "maker" }) {
  if (pieces.length === 0) {
    return <p>{voice === "staff" ? "No piece is credited to her yet. Set who made a piece in its editor." : "No piece is credited to you yet."}</p>;
  }
  return (
    <ul className="maker-pieces">
      {pieces.map((piece) => (
        <li key={piece.id}>
          {voice === "staff" ? <Link to={`/admin/products/${piece.id}`}>{piece.name}</Link> : piece.name}
          {voice === "staff" && piece.status !== "PUBLISHED" ? <span className="muted"> ({piece.status.toLowerCase()})</span> : null}
          <span className="maker-pieces__sold">{soldLabel(piece.sold)}</span>
        </li>
      ))}
    </ul>
  );
}
