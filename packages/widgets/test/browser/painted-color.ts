/** A colour as the browser paints it, `r,g,b`, whatever CSS wrote it as. */
export const paintedColor = (() => {
  let ctx: CanvasRenderingContext2D | undefined;
  return (color: string): string => {
    if (!ctx) {
      ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      ctx.canvas.width = ctx.canvas.height = 1;
    }
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
  };
})();
