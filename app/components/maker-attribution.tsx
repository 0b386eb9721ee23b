/**
 * Who made a piece. Until makers can approve how they are credited, every product carries the
 * same line and no personal detail.
 */
export function MakerAttribution() {
  return <p className="maker-attribution">Handcrafted by an artisan in our program</p>;
}
