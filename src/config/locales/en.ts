// Strings for deployment concerns: config.json errors, embed mode and the connect-screen presets.
export const deploymentEn = {
  config: {
    title: 'Customer Desk cannot start',
    summary_one: 'The deployment file config.json has a problem:',
    summary_other: 'The deployment file config.json has {{count}} problems:',
    problems: 'Problems in config.json',
    fix: 'Ask whoever deployed this app to correct config.json next to index.html, then reload. Nothing has been sent to any store.',
    problem: {
      unknownSetting: 'is not a known setting',
      notOneOf: 'must be one of: {{detail}}',
      wrongType: 'has the wrong type (expected {{detail}})',
      notHttpUrl: 'must be an http:// or https:// address',
      notOrigin: 'must be an origin such as https://portal.example.com (no path, no *)',
      requiredWhenLocked: 'is required when {{detail}} is false',
      notJson: 'is not valid JSON ({{detail}})',
      unreadable: 'could not be read: the server answered {{detail}}',
      unreachable: 'could not be fetched (network error)',
      invalid: 'is not valid ({{detail}})',
    },
  },
  connection: {
    setByAdmin: 'Set by your administrator',
    forgetKeysHelp: 'Disconnect and remove the keys from this browser',
  },
};
