import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type DefaultValue,
  type SubmissionResult,
} from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, useNavigation } from '@remix-run/react'
import type { ReactNode } from 'react'
import type { z } from 'zod'
import {
  CheckboxGroup,
  Field,
  FormErrors,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '~/components/forms'
import {
  businessLanguages,
  companySizes,
  languageNames,
  profileFieldsSchema,
  profileLimits,
  type TagField,
} from '~/modules/profiles/profile-fields'
import type { ProfileSnapshot } from '~/modules/profiles/snapshot'
import { countryOptions } from '~/modules/taxonomy/countries'

export type TermOption = { code: string; labelEn: string; note?: string }
export type ProfileFormTaxonomy = Record<
  'role' | 'material' | 'technology' | 'cooperation' | 'market',
  TermOption[]
>

const sizeLabels: Record<(typeof companySizes)[number], string> = {
  micro: 'Micro (fewer than 10 people)',
  small: 'Small (10-49 people)',
  medium: 'Medium (50-249 people)',
  large: 'Large (250 people or more)',
}

// Conform wants absent values as undefined; stored profiles have nulls.
function withoutNulls(profile?: Partial<ProfileSnapshot>) {
  if (!profile) return undefined
  return Object.fromEntries(
    Object.entries(profile).map(([key, value]) => [key, value ?? undefined]),
  ) as DefaultValue<z.input<typeof profileFieldsSchema>>
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  )
}

/** The organisation profile form, for creating and for editing. */
export function ProfileForm({
  lastResult,
  defaultValue,
  taxonomy,
  version,
  submitLabel,
}: {
  lastResult?: SubmissionResult<string[]> | null
  defaultValue?: Partial<ProfileSnapshot>
  taxonomy: ProfileFormTaxonomy
  version?: number
  submitLabel: string
}) {
  const pending = useNavigation().state === 'submitting'
  const [form, fields] = useForm<z.input<typeof profileFieldsSchema>>({
    id: 'profile',
    lastResult,
    defaultValue: withoutNulls(defaultValue),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileFieldsSchema }),
  })
  const selected = (field: TagField | 'languages') => {
    const value = fields[field].value
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
    return typeof value === 'string' ? [value] : []
  }
  const tagGroup = (
    field: TagField,
    legend: string,
    kind: keyof ProfileFormTaxonomy,
    columns: 1 | 2 | 3 = 2,
  ) => (
    <CheckboxGroup
      legend={legend}
      name={field}
      field={fields[field]}
      hint={`Choose ${profileLimits[field].min === 1 ? '1' : 'up'} to ${profileLimits[field].max}.`}
      options={taxonomy[kind].map((term) => ({ value: term.code, label: term.labelEn, note: term.note }))}
      selected={selected(field)}
      columns={columns}
    />
  )

  return (
    <Form method="post" className="space-y-6" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      <Section title="Organisation">
        <Field label="Name" field={fields.name} inputProps={getInputProps(fields.name, { type: 'text' })} />
        <Field
          label="Name in Japanese (optional)"
          field={fields.nameJa}
          inputProps={{ ...getInputProps(fields.nameJa, { type: 'text' }), lang: 'ja' }}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Country"
            field={fields.country}
            selectProps={getSelectProps(fields.country)}
            options={countryOptions().map(({ code, name }) => ({ value: code, label: name }))}
            placeholder="Choose a country"
          />
          <Field
            label="City (optional)"
            field={fields.city}
            inputProps={getInputProps(fields.city, { type: 'text' })}
          />
          <Field
            label="Website (optional)"
            field={fields.website}
            hint="Starting with https://"
            inputProps={{ ...getInputProps(fields.website, { type: 'url' }), placeholder: 'https://' }}
          />
          <SelectField
            label="Size (optional)"
            field={fields.size}
            hint="As in the EU SME definition."
            selectProps={getSelectProps(fields.size)}
            options={companySizes.map((size) => ({ value: size, label: sizeLabels[size] }))}
            placeholder="Not stated"
          />
          <Field
            label="Year founded (optional)"
            field={fields.yearFounded}
            inputProps={{ ...getInputProps(fields.yearFounded, { type: 'number' }), inputMode: 'numeric' }}
          />
        </div>
        <TextAreaField
          label="Description in English"
          field={fields.description}
          hint={`What you do and what you are looking for: ${profileLimits.description.min} to ${profileLimits.description.max} characters.`}
          textareaProps={getTextareaProps(fields.description)}
        />
        <TextAreaField
          label="Description in Japanese (optional)"
          field={fields.descriptionJa}
          textareaProps={{ ...getTextareaProps(fields.descriptionJa), lang: 'ja' }}
        />
      </Section>

      <Section title="Place in the circular value chain">
        {tagGroup('roles', 'Value-chain roles', 'role')}
        {tagGroup('materials', 'Metals and materials', 'material', 3)}
        {tagGroup('technologies', 'Technologies', 'technology')}
      </Section>

      <Section title="Cooperation">
        {tagGroup('offers', 'What you offer', 'cooperation')}
        {tagGroup('seeks', 'What you seek', 'cooperation')}
        {tagGroup('markets', 'Third-country markets you target', 'market')}
        <CheckboxGroup
          legend="Languages of business"
          name="languages"
          field={fields.languages}
          options={businessLanguages.map((code) => ({ value: code, label: languageNames[code].en }))}
          selected={selected('languages')}
          columns={3}
        />
      </Section>

      <Section title="Contact person">
        <p className="text-sm text-slate-600">
          Shown to another company only once you have both accepted an introduction.
        </p>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field
            label="Name"
            field={fields.contactName}
            inputProps={getInputProps(fields.contactName, { type: 'text' })}
          />
          <Field
            label="Email"
            field={fields.contactEmail}
            inputProps={getInputProps(fields.contactEmail, { type: 'email' })}
          />
          <Field
            label="Phone"
            field={fields.contactPhone}
            inputProps={getInputProps(fields.contactPhone, { type: 'tel' })}
          />
        </div>
      </Section>

      <div className="max-w-xs">
        <SubmitButton pending={pending}>{pending ? 'Saving…' : submitLabel}</SubmitButton>
      </div>
    </Form>
  )
}
