/**
 * The colours Teams renders Adaptive Cards with, per theme, as host configs for the official renderer: what a card
 * looks like in Teams' themes the Agents Playground does not offer. Only the colours are given; the renderer's
 * defaults fill the rest.
 *
 * - default: the host config the Microsoft 365 Agents Playground (msteams) renders with, read from its client
 *   bundle (@microsoft/m365agentsplayground 0.2.28).
 * - dark: Teams' dark host config as microsoft/AdaptiveCards publishes it (samples/HostConfig/microsoft-teams-dark.json).
 * - high contrast: no host config is published; Teams draws a card's text in one colour on black whatever colour
 *   the card names (MicrosoftDocs/msteams-docs#13042), which is what this one does.
 */

type Colour = { default: string; subtle: string };
type Foreground = Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', Colour>;

function style(backgroundColor: string, foregroundColors: Foreground) {
  return { backgroundColor, foregroundColors };
}

const lightForeground: Foreground = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
};

const darkForeground: Foreground = {
  default: { default: '#ffffffff', subtle: '#bfffffff' },
  dark: { default: '#ff201f1f', subtle: '#ff2d2c2c' },
  light: { default: '#ffffffff', subtle: '#bfffffff' },
  accent: { default: '#ffa6a7dc', subtle: '#ff8b8cc7' },
  good: { default: '#ff92c353', subtle: '#e592c353' },
  warning: { default: '#fff8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#ffd74654', subtle: '#e5d74654' },
};

/** On Teams dark's tinted styles the default text is dark. */
const onTint: Foreground = { ...darkForeground, default: { default: '#ff201f1f', subtle: '#ff2d2c2c' } };

const white = { default: '#ffffff', subtle: '#ffffff' };
const contrastForeground: Foreground = { default: white, dark: white, light: white, accent: white, good: white, warning: white, attention: white };

export const teamsThemes = {
  default: {
    background: '#ffffff',
    containerStyles: {
      default: style('#ffffff', lightForeground),
      emphasis: style('#fff9f8f7', lightForeground),
      accent: style('#C7DEF9', lightForeground),
      good: style('#CCFFCC', lightForeground),
      attention: style('#FFC5B2', lightForeground),
      warning: style('#FFE2B2', lightForeground),
    },
  },
  dark: {
    background: '#2d2c2c',
    containerStyles: {
      default: style('#ff2d2c2c', darkForeground),
      emphasis: style('#ff292828', darkForeground),
      accent: style('#C7DEF9', onTint),
      good: style('#CCFFCC', onTint),
      attention: style('#FFC5B2', onTint),
      warning: style('#FFE2B2', onTint),
    },
  },
  'high contrast': {
    background: '#000000',
    containerStyles: Object.fromEntries(['default', 'emphasis', 'accent', 'good', 'attention', 'warning'].map((name) => [name, style('#000000', contrastForeground)])),
  },
} as const;

export type TeamsTheme = keyof typeof teamsThemes;
